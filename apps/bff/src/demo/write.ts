import type SQLite from 'better-sqlite3'
import { sql } from 'kysely'
import type { Db } from '../db/database'
import type { TableRows } from './rows'

/** SQLite binds at most 32 766 values per statement; stay below it. */
const MAX_BOUND_VALUES = 30_000

/**
 * Multi-row inserts through Kysely (works on any `Db`, the tests' in-memory one too). Run it
 * inside a transaction: a year is written whole or not at all.
 */
export async function writeRows(trx: Db, tables: readonly TableRows[]): Promise<void> {
  for (const t of tables) {
    const size = Math.max(1, Math.floor(MAX_BOUND_VALUES / t.columns.length))
    const columns = sql.join(t.columns.map((c) => sql.ref(c)))
    for (let i = 0; i < t.rows.length; i += size) {
      const values = sql.join(t.rows.slice(i, i + size).map((row) => sql`(${sql.join(row)})`))
      await sql`insert into ${sql.table(t.table)} (${columns}) values ${values}`.execute(trx)
    }
  }
}

/**
 * One prepared statement per table on a raw better-sqlite3 handle: the fastest path, for the
 * national benchmark database. The caller wraps it in `sqlite.transaction`.
 */
export function writeRowsSync(sqlite: SQLite.Database, tables: readonly TableRows[]): void {
  for (const t of tables) {
    const quoted = t.columns.map((c) => `"${c}"`).join(', ')
    const tuple = `(${t.columns.map(() => '?').join(', ')})`
    const prepare = (rows: number) => sqlite.prepare(`insert into "${t.table}" (${quoted}) values ${Array.from({ length: rows }, () => tuple).join(', ')}`)
    // Rows go in batches of a hundred: one statement call each, far fewer crossings into SQLite.
    const batch = prepare(ROWS_PER_BATCH)
    let i = 0
    for (; i + ROWS_PER_BATCH <= t.rows.length; i += ROWS_PER_BATCH) batch.run(t.rows.slice(i, i + ROWS_PER_BATCH).flat())
    if (i < t.rows.length) prepare(t.rows.length - i).run(t.rows.slice(i).flat())
  }
}
const ROWS_PER_BATCH = 100
