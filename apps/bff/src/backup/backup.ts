import { chmodSync, closeSync, copyFileSync, existsSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { sql } from 'kysely'
import { openSqlite, type Db } from '../db/database'

/**
 * Online backups of the SQLite database while Ly runs. `VACUUM INTO` writes a consistent,
 * compact snapshot in one read transaction; on an encrypted database the copy is encrypted with
 * the same key (the backup API refuses to copy between an encrypted and a plain file, so no
 * plaintext copy can slip out by accident).
 */
export async function backupTo(db: Db, file: string): Promise<void> {
  if (existsSync(file)) throw new Error(`Filen finnes allerede: ${basename(file)}. Velg et annet navn.`)
  const partial = `${file}.skrives`
  rmSync(partial, { force: true })
  // Created empty and owner-only first (VACUUM INTO fills an empty file): a backup is as secret as the database.
  closeSync(openSync(partial, 'wx', 0o600))
  await sql`vacuum into ${partial}`.execute(db)
  // Renamed only when complete: a crash mid-backup never leaves a file that looks whole.
  renameSync(partial, file)
}

export interface BackupCheck {
  centres: number
  records: Record<string, number>
}

/** Opens a backup read-only-in-spirit and checks it is a sound Ly database. */
export async function verifyBackup(file: string, key: string | undefined, tables: readonly string[]): Promise<BackupCheck> {
  const db = openSqlite(file, key ? { key } : {})
  try {
    const [{ integrity_check: ok } = { integrity_check: 'mangler' }] = (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows
    if (ok !== 'ok') throw new Error('Sikkerhetskopien er skadet (integrity_check feilet).')
    const centres = Number(
      (
        await db
          .selectFrom('centres')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
    const records: Record<string, number> = {}
    for (const table of tables) {
      const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)
      records[table] = Number(row.rows[0]?.n ?? 0)
    }
    return { centres, records }
  } finally {
    await db.destroy()
  }
}

const STAMP = /^ly-(\d{8}T\d{6}Z)\.sqlite$/

export const backupFileName = (now: Date) =>
  `ly-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}.sqlite`

/** Scheduled backups: one new file, then only the `keep` newest are kept. */
export async function rotateBackup(db: Db, dir: string, keep: number, now: Date): Promise<{ file: string; removed: string[] }> {
  const file = join(dir, backupFileName(now))
  await backupTo(db, file)
  const all = readdirSync(dir)
    .filter((f) => STAMP.test(f))
    .sort()
  const removed = all.slice(0, Math.max(0, all.length - keep))
  for (const f of removed) rmSync(join(dir, f))
  return { file, removed }
}

/** The newest scheduled backup's time, to decide whether one is due at start-up. */
export function latestBackupTime(dir: string): Date | null {
  if (!existsSync(dir)) return null
  const newest = readdirSync(dir)
    .filter((f) => STAMP.test(f))
    .sort()
    .at(-1)
  return newest ? statSync(join(dir, newest)).mtime : null
}

/**
 * Puts a verified backup in place of the database file. Ly must not be running (the caller
 * checks the pid file): the old file and its WAL are replaced by an atomic rename.
 */
export function replaceDatabaseFile(backup: string, target: string): void {
  const staged = join(dirname(target), `.${basename(target)}.gjenoppretter`)
  // Copied as bytes, not through SQLite: the file stays exactly as encrypted (or not) as it was.
  copyFileSync(backup, staged)
  chmodSync(staged, 0o600)
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(staged, target)
}
