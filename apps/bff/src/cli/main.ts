import { CliError } from './db'
import { commandHelp, overviewEntry, runCommand, UsageError } from './command'
import { commands } from './commands'

const overview = () =>
  [
    'Bruk: pnpm ly <kommando> [valg]',
    '       pnpm ly <kommando> --help   (bruk, valg og eksempler for én kommando)',
    '',
    'Kommandoer:',
    ...commands.map(overviewEntry),
    'Felles valg:',
    '  --db STI          SQLite-databasen (standard: LY_DB eller ./data/ly.sqlite)',
    '  LY_DATABASE_URL   postgres://… – bruk PostgreSQL i stedet (når --db ikke er gitt)',
    '  LY_DB_KEY         nøkkelen for en kryptert SQLite-database (og dens sikkerhetskopier)',
    '',
  ].join('\n')

const write = (text: string) => process.stdout.write(text)
const find = (name: string | undefined) => commands.find((c) => c.name === name)

async function main(argv: string[]) {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    // `pnpm ly help stats` is `pnpm ly stats --help`.
    const topic = name === 'help' ? find(rest[0]) : undefined
    write(topic ? commandHelp(topic) : overview())
    if (name === 'help' && rest[0] !== undefined && !topic) throw new UsageError(`Ukjent kommando ${rest[0]}.`)
    return
  }
  const command = find(name)
  if (!command) {
    write(overview())
    throw new UsageError(`Ukjent kommando ${name}. Kommandoene står over.`)
  }
  await runCommand(command, rest, write)
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // Expected problems get their Norwegian message; anything else its message, never a dump of data.
  process.stderr.write(`Feil: ${err instanceof CliError || err instanceof Error ? err.message : String(err)}\n`)
  // 2: the command was called wrongly (as before for an unknown command); 1: it failed.
  process.exitCode = err instanceof UsageError ? 2 : 1
})
