import { existsSync } from 'node:fs'
import { systemClock } from '../../clock'
import { CopyRefused, copyToPostgres } from '../../migrate-to-postgres/copy'
import { readDatabaseUrl } from '../../db/database'
import { defineCommand } from '../command'
import { CliError, resolvePath, withDb } from '../db'

/** Moves a SQLite database's centres into the PostgreSQL database LY_DATABASE_URL names, verified before it commits. */
export const migrateToPostgresCommand = defineCommand({
  name: 'migrate-to-postgres',
  summary: 'Flytter sentrene i SQLite-databasen FIL til PostgreSQL (LY_DATABASE_URL), i én\ntransaksjon som kontrollerer antall registreringer og statistikken før den lagres.',
  details: 'SQLite-filen endres ikke. Innloggingsøktene flyttes ikke: alle logger inn på nytt.',
  options: { from: { type: 'string', value: 'FIL', required: true, description: 'SQLite-databasen som skal flyttes.' } },
  examples: ['LY_DATABASE_URL=postgres://ly@localhost/ly pnpm ly migrate-to-postgres --from ./data/ly.sqlite'],
  async run({ values }) {
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
      out(
        `«${centre.name}» (${centre.id}): registreringene telt likt${years ? `, og statistikken for ${years.first}–${years.last} er lik i begge databasene` : ' (ingen registreringer)'}.`,
      )
    }
    out('Innloggingsøktene er ikke flyttet: alle logger inn på nytt. SQLite-filen er uendret; ta vare på den til PostgreSQL er tatt i bruk.')
  },
})
