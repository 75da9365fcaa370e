import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import type { Db } from './database'
import * as m20261121foundation from './migrations/2026-11-21-foundation'

/**
 * Migrations are listed statically (not read from disk) so the bundled server and the tests
 * run exactly the same list. Names sort by date; add new ones at the end.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-21-foundation': m20261121foundation,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    throw new Error(`Databasemigrering feilet${failed ? ` i ${failed.migrationName}` : ''}`, { cause: error })
  }
}
