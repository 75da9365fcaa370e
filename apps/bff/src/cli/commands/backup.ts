import { existsSync } from 'node:fs'
import { forms, type FormDef } from '@ly/forms'
import { backupTo, replaceDatabaseFile, verifyBackup } from '../../backup/backup'
import { runningServerPid } from '../../backup/pid-file'
import { migrateToLatest } from '../../db/migrate'
import { DatabaseKeyError, encryptSqliteFile, openSqlite } from '../../db/database'
import { dbOption, defineCommand } from '../command'
import { CliError, cliDatabaseUrl, cliDbPath, resolvePath, withDb } from '../db'

const recordTables = () => (Object.values(forms) as FormDef[]).map((f) => f.table)
const key = () => process.env.LY_DB_KEY || undefined
const summary = (check: Awaited<ReturnType<typeof verifyBackup>>) =>
  `${check.centres} ${check.centres === 1 ? 'senter' : 'sentre'}, ${Object.entries(check.records)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')}`

/**
 * On PostgreSQL, backups are the database server's own business (pg_dump, base backups and WAL
 * archiving, replication): the commands say how, and fail, so a scheduled job that expected a
 * file does not silently succeed without one.
 */
function refuseOnPostgres(db: string | undefined, what: 'backup' | 'restore' | 'encrypt-database') {
  if (!cliDatabaseUrl(db)) return
  const how = {
    backup:
      'Ta sikkerhetskopi med PostgreSQLs egne verktøy, for eksempel `pg_dump --format=custom --file=ly.dump "$LY_DATABASE_URL"`, eller kontinuerlig arkivering (pg_basebackup og WAL-arkiv).',
    restore: 'Gjenopprett med PostgreSQLs egne verktøy, for eksempel `pg_restore --clean --dbname="$LY_DATABASE_URL" ly.dump`, med Ly stoppet.',
    'encrypt-database': 'Kryptering av lagret data i PostgreSQL er databaseserverens eller plattformens sak (kryptert disk eller lagring).',
  }[what]
  throw new CliError(`Ly bruker PostgreSQL (LY_DATABASE_URL). ${how} Se docs/deploy.md.`)
}

/** The server would go on using the file it has open: swapping or rewriting it must wait. */
function refuseWhileRunning(file: string, doing: string) {
  const pid = runningServerPid(file)
  if (pid) throw new CliError(`Ly kjører (prosess ${pid}) og bruker databasen. Stopp Ly før du ${doing}.`)
}

/** An online backup, safe while Ly runs. */
export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'Tar en sikkerhetskopi mens Ly kjører, og kontrollerer den. Med LY_DB_KEY er den kryptert.',
  details: 'En fil som finnes fra før, skrives aldri over. Med PostgreSQL: bruk pg_dump (kommandoen sier hvordan).',
  options: {
    out: { type: 'string', value: 'FIL', required: true, description: 'Filen sikkerhetskopien skrives til (ny fil).' },
    db: dbOption,
  },
  examples: ['pnpm ly backup --out backups/ly-2026-12-07.sqlite'],
  async run({ values }) {
    refuseOnPostgres(values.db, 'backup')
    if (!values.out) throw new CliError('Mangler --out FIL: hvor sikkerhetskopien skal skrives.')
    const out = resolvePath(values.out)
    if (existsSync(out)) throw new CliError(`${values.out} finnes allerede. Velg et nytt filnavn; en sikkerhetskopi skrives aldri over.`)
    await withDb(values.db, (db) => backupTo(db, out))
    const check = await verifyBackup(out, key(), recordTables())
    process.stdout.write(`Sikkerhetskopi skrevet til ${values.out} og kontrollert: ${summary(check)}.${key() ? ' Den er kryptert med LY_DB_KEY.' : ''}\n`)
  },
})

/** Replaces the database with a verified backup. */
export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'Erstatter databasen med en kontrollert sikkerhetskopi. Stopp Ly først.\n(Med PostgreSQL: bruk pg_dump/pg_restore; kommandoene sier hvordan.)',
  positionals: [{ name: 'FIL', description: 'Sikkerhetskopien (fra pnpm ly backup eller de planlagte kopiene).' }],
  options: { db: dbOption },
  examples: ['pnpm ly restore backups/ly-2026-12-07.sqlite'],
  async run({ values, positionals }) {
    refuseOnPostgres(values.db, 'restore')
    const [file, ...extra] = positionals
    if (!file || extra.length > 0) throw new CliError('Oppgi én sikkerhetskopi: pnpm ly restore FIL.')
    const backup = resolvePath(file)
    if (!existsSync(backup)) throw new CliError(`Fant ikke ${file}.`)
    const target = cliDbPath(values.db)
    refuseWhileRunning(target, 'gjenoppretter')
    const check = await verifyBackup(backup, key(), recordTables()).catch((err: unknown) => {
      throw new CliError(`Sikkerhetskopien kan ikke brukes: ${err instanceof Error ? err.message : String(err)} Ingenting er endret.`)
    })
    replaceDatabaseFile(backup, target)
    // An older backup is brought up to the current schema at once.
    const secret = key()
    const db = openSqlite(target, secret ? { key: secret } : {})
    await migrateToLatest(db)
    await db.destroy()
    process.stdout.write(`Databasen er gjenopprettet fra ${file}: ${summary(check)}.\n`)
  },
})

/** Encrypts a database made before LY_DB_KEY was set, in place; Ly must be stopped, and started again with the same key. */
export const encryptDatabaseCommand = defineCommand({
  name: 'encrypt-database',
  summary: 'Krypterer en database som ble laget uten LY_DB_KEY, med nøkkelen i LY_DB_KEY.\nStopp Ly først, og start Ly med den samme nøkkelen etterpå.',
  options: { db: dbOption },
  examples: ['LY_DB_KEY=… pnpm ly encrypt-database'],
  async run({ values }) {
    refuseOnPostgres(values.db, 'encrypt-database')
    const secret = key()
    if (!secret) throw new CliError('Sett LY_DB_KEY til nøkkelen databasen skal krypteres med (og start Ly med den samme etterpå). Ingenting er endret.')
    const target = cliDbPath(values.db)
    if (!existsSync(target)) throw new CliError(`Fant ikke databasen ${values.db ?? target}. Ingenting er endret.`)
    refuseWhileRunning(target, 'krypterer den')
    try {
      encryptSqliteFile(target, secret)
    } catch (err) {
      if (err instanceof DatabaseKeyError) throw new CliError(`${err.message} Ingenting er endret.`)
      throw err
    }
    const check = await verifyBackup(target, secret, recordTables())
    process.stdout.write(
      `Databasen er kryptert med LY_DB_KEY og kontrollert: ${summary(check)}. Start Ly med den samme LY_DB_KEY. ` +
        'Sikkerhetskopier tatt før nå er ikke kryptert: slett dem, eller ta like godt vare på dem som på nøkkelen.\n',
    )
  },
})
