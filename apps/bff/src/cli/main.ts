import { CliError } from './db'
import { createCentreCommand, listCentresCommand } from './commands/centres'
import { statsCommand } from './commands/stats'

const usage = `Bruk: pnpm ly <kommando> [valg]

Kommandoer:
  create-centre --name NAVN [--admin BRUKERNAVN] [--db STI]
      Oppretter et senter med sin første administrator (standard brukernavn:
      admin-<senternavn>) og skriver ut engangspassordet.
  list-centres [--db STI]
      Viser sentrene i databasen med id.
  stats --year ÅÅÅÅ --centre ID [--offer women|men|all] [--db STI] --json
      Skriver senterets statistikk for året som JSON (se docs/statistics.md).

Felles valg:
  --db STI   SQLite-databasen (standard: LY_DB eller ./data/ly.sqlite)
`

const commands: Record<string, (args: string[]) => Promise<void>> = {
  'create-centre': createCentreCommand,
  'list-centres': listCentresCommand,
  stats: statsCommand,
}

async function main(argv: string[]) {
  const [name, ...rest] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    process.stdout.write(usage)
    process.exitCode = name && name !== 'help' && name !== '--help' ? 2 : 0
    return
  }
  await command(rest)
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // Expected problems get their Norwegian message; anything else its message, never a dump of data.
  process.stderr.write(`Feil: ${err instanceof CliError || err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
