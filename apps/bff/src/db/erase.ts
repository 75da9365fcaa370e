import { sql } from 'kysely'
import type { Db } from './database'
import { isPostgres } from './dialect'

/**
 * After a consent withdrawal or a deletion: fold the write-ahead log into the database file and
 * cut it to zero bytes (SQLite `wal_checkpoint(TRUNCATE)`), so the old answers do not linger in
 * ly.sqlite-wal until later writes overwrite them. With `secure_delete` on (database.ts) the
 * freed space in the main file is zeroed as the pages are written back. PostgreSQL keeps its
 * own log and vacuums by itself (docs/security.md).
 */
export async function eraseTraces(db: Db): Promise<void> {
  if (isPostgres(db)) return
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db)
}
