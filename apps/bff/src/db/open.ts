import { openSqlite, type Db } from './database'
import { openPostgres } from './postgres'

/*
 * Choosing the database lives apart from both drivers' modules: db/postgres.ts needs the
 * `Database` type from db/database.ts, so database.ts cannot also import it without a cycle.
 */

/** Where Ly's data lives: a PostgreSQL server when `url` is given, else the SQLite file. */
export interface DatabaseLocation {
  /** LY_DATABASE_URL (postgres://…). */
  url?: string | undefined
  /** The SQLite file (LY_DB); unused with `url`. */
  path: string
  /** LY_DB_KEY: encrypts the SQLite file at rest. */
  key?: string | undefined
}

export function openDatabase(location: DatabaseLocation): Promise<Db> {
  if (location.url) return openPostgres(location.url)
  return Promise.resolve(openSqlite(location.path, location.key ? { key: location.key } : {}))
}
