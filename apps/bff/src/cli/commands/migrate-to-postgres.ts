import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { systemClock } from '../../clock'
import { CopyRefused, copyToPostgres } from '../../db/copy-to-postgres'
import { readDatabaseUrl } from '../../db/database'
import { CliError, resolvePath, withDb } from '../db'

/**
 * `pnpm ly migrate-to-postgres --from FIL`: moves a SQLite database's centres into the
 * PostgreSQL database named by LY_DATABASE_URL, verified before it commits.
 */
export async function migrateToPostgresCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { from: { type: 'string' } } })
  if (!values.from) throw new CliError('Mangler --from FIL: SQLite-databasen som skal flyttes.')
  const file = resolvePath(values.from)
  if (!existsSync(file)) throw new CliError(`Fant ikke ${values.from}.`)
  if (!readDatabaseUrl(process.env.LY_DATABASE_URL)) throw new CliError('Sett LY_DATABASE_URL=postgres://… til PostgreSQL-databasen det skal flyttes til.')
  const started = Date.now()
  const summary = await withDb(values.from, (source) =>
    withDb(undefined, (target) =>
      copyToPostgres(source, target, { now: systemClock.now() }).catch((err: unknown) => {
        if (err instanceof CopyRefused) throw new CliError(err.message)
        throw err
      }),
    ),
  )
  const out = (line: string) => process.stdout.write(`${line}\n`)
  out(`Flyttet til PostgreSQL på ${((Date.now() - started) / 1000).toFixed(1)} s, i én transaksjon:`)
  for (const [table, n] of Object.entries(summary.rows)) if (n > 0) out(`  ${table.padEnd(24)} ${String(n).padStart(8)}`)
  for (const centre of summary.centres) {
    const years = summary.years[centre.id]
    out(`«${centre.name}» (${centre.id}): registreringene telt likt${years ? `, og statistikken for ${years.first}–${years.last} er lik i begge databasene` : ' (ingen registreringer)'}.`)
  }
  out('Innloggingsøktene er ikke flyttet: alle logger inn på nytt. SQLite-filen er uendret; ta vare på den til PostgreSQL er tatt i bruk.')
}
