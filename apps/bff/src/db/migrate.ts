import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import type { Db } from './database'
import * as m01foundation from './migrations/2026-11-21-01-foundation'
import * as m02dayVisits from './migrations/2026-11-21-02-day-visits'
import * as m03residents from './migrations/2026-11-21-03-residents'
import * as m04phone from './migrations/2026-11-21-04-phone'
import * as m05demoData from './migrations/2026-11-21-05-demo-data'
import * as m06report from './migrations/2026-11-21-06-report'
import * as m07security from './migrations/2026-11-21-07-security'
import * as m08statisticsIndexes from './migrations/2026-11-21-08-statistics-indexes'
import * as m09centreYear from './migrations/2026-11-21-09-centre-year'
import * as m10rowLevelSecurity from './migrations/2026-11-22-10-row-level-security'
import * as m11statisticsVersions from './migrations/2026-11-22-11-statistics-versions'
import * as m12signInSecrets from './migrations/2026-12-07-12-sign-in-secrets'
import * as m15capacity from './migrations/2026-12-07-15-capacity'
import * as m34yearChangedAfterLock from './migrations/2026-12-07-34-year-changed-after-lock'
import * as m36firstInYearAnswer from './migrations/2026-12-07-36-first-in-year-answer'
import * as m03qualityChecked from './migrations/2026-12-08-03-quality-checked'
import * as m04statisticsYearVersions from './migrations/2026-12-08-04-statistics-year-versions'

/**
 * Migrations are listed statically (not read from disk) so the bundled server and the tests
 * run exactly the same list. Kysely runs them in name order: date, then a sequence number.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-21-01-foundation': m01foundation,
  '2026-11-21-02-day-visits': m02dayVisits,
  '2026-11-21-03-residents': m03residents,
  '2026-11-21-04-phone': m04phone,
  '2026-11-21-05-demo-data': m05demoData,
  '2026-11-21-06-report': m06report,
  '2026-11-21-07-security': m07security,
  '2026-11-21-08-statistics-indexes': m08statisticsIndexes,
  '2026-11-21-09-centre-year': m09centreYear,
  '2026-11-22-10-row-level-security': m10rowLevelSecurity,
  '2026-11-22-11-statistics-versions': m11statisticsVersions,
  '2026-12-07-12-sign-in-secrets': m12signInSecrets,
  '2026-12-07-15-capacity': m15capacity,
  '2026-12-07-34-year-changed-after-lock': m34yearChangedAfterLock,
  '2026-12-07-36-first-in-year-answer': m36firstInYearAnswer,
  '2026-12-08-03-quality-checked': m03qualityChecked,
  '2026-12-08-04-statistics-year-versions': m04statisticsYearVersions,
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) }

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    throw new Error(`Databasemigrering feilet${failed ? ` i ${failed.migrationName}` : ''}`, { cause: error })
  }
}
