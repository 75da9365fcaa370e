import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { forms, type FormDef } from '@ly/forms'
import { backupTo, replaceDatabaseFile, verifyBackup } from '../../backup/backup'
import { runningServerPid } from '../../backup/pid-file'
import { migrateToLatest } from '../../db/migrate'
import { openSqlite } from '../../db/database'
import { CliError, cliDatabaseUrl, cliDbPath, resolvePath, withDb } from '../db'

const recordTables = () => (Object.values(forms) as FormDef[]).map((f) => f.table)
const key = () => process.env.LY_DB_KEY || undefined
const summary = (check: Awaited<ReturnType<typeof verifyBackup>>) =>
  `${check.centres} ${check.centres === 1 ? 'senter' : 'sentre'}, ${Object.entries(check.records).map(([t, n]) => `${t} ${n}`).join(', ')}`

/**
 * On PostgreSQL, backups are the database server's own business (pg_dump, base backups and WAL
 * archiving, replication): the commands say how, and fail, so a scheduled job that expected a
 * file does not silently succeed without one.
 */
function refuseOnPostgres(db: string | undefined, what: 'backup' | 'restore') {
  if (!cliDatabaseUrl(db)) return
  const how =
    what === 'backup'
      ? 'Ta sikkerhetskopi med PostgreSQLs egne verktøy, for eksempel `pg_dump --format=custom --file=ly.dump "$LY_DATABASE_URL"`, eller kontinuerlig arkivering (pg_basebackup og WAL-arkiv).'
      : 'Gjenopprett med PostgreSQLs egne verktøy, for eksempel `pg_restore --clean --dbname="$LY_DATABASE_URL" ly.dump`, med Ly stoppet.'
  throw new CliError(`Ly bruker PostgreSQL (LY_DATABASE_URL). ${how} Se docs/deployment.md.`)
}

/** `pnpm ly backup --out FIL [--db STI]`: an online backup, safe while Ly runs. */
export async function backupCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, db: { type: 'string' } } })
  refuseOnPostgres(values.db, 'backup')
  if (!values.out) throw new CliError('Mangler --out FIL: hvor sikkerhetskopien skal skrives.')
  const out = resolvePath(values.out)
  if (existsSync(out)) throw new CliError(`${values.out} finnes allerede. Velg et nytt filnavn; en sikkerhetskopi skrives aldri over.`)
  await withDb(values.db, (db) => backupTo(db, out))
  const check = await verifyBackup(out, key(), recordTables())
  process.stdout.write(`Sikkerhetskopi skrevet til ${values.out} og kontrollert: ${summary(check)}.${key() ? ' Den er kryptert med LY_DB_KEY.' : ''}\n`)
}

/** `pnpm ly restore FIL [--db STI]`: replaces the database with a verified backup. */
export async function restoreCommand(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } })
  refuseOnPostgres(values.db, 'restore')
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) throw new CliError('Oppgi én sikkerhetskopi: pnpm ly restore FIL.')
  const backup = resolvePath(file)
  if (!existsSync(backup)) throw new CliError(`Fant ikke ${file}.`)
  const target = cliDbPath(values.db)
  const pid = runningServerPid(target)
  if (pid) throw new CliError(`Ly kjører (prosess ${pid}) og bruker databasen. Stopp Ly før du gjenoppretter.`)
  const check = await verifyBackup(backup, key(), recordTables()).catch((err: unknown) => {
    throw new CliError(`Sikkerhetskopien kan ikke brukes: ${err instanceof Error ? err.message : String(err)} Ingenting er endret.`)
  })
  replaceDatabaseFile(backup, target)
  // An older backup is brought up to the current schema at once.
  const db = openSqlite(target, key() ? { key: key()! } : {})
  await migrateToLatest(db)
  await db.destroy()
  process.stdout.write(`Databasen er gjenopprettet fra ${file}: ${summary(check)}.\n`)
}
