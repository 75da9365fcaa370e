import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely'

/**
 * The one place that asks which database Ly runs on. Queries are written once through Kysely
 * and run unchanged on SQLite and PostgreSQL; only the few statements that have no common
 * spelling branch here (decision 0014).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

/**
 * An integer key the database numbers itself: SQLite's `integer primary key autoincrement`
 * (never reuses a number), PostgreSQL's identity column. Use with the column type 'integer'.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const autoIncrementKey = (db: Kysely<any>) => (c: ColumnDefinitionBuilder) =>
  isPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()

/** A unique or primary key was already taken: SQLite's and PostgreSQL's error codes alike. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505'
}
