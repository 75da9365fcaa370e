import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createCentreWithAdmin, formatCredentials } from '../bootstrap'
import { systemClock } from '../clock'
import { listCentres } from '../db/centres'
import { openSqlite, type Db } from '../db/database'
import { migrateToLatest } from '../db/migrate'

/**
 * `pnpm ly <command>`: Ly's command line. Paths are resolved from the directory the user ran
 * pnpm in (INIT_CWD), not from the package folder pnpm switches to.
 */
const cwd = process.env.INIT_CWD ?? process.cwd()
const at = (p: string) => resolve(cwd, p)

export class CliError extends Error {}

async function openDb(path: string | undefined): Promise<Db> {
  const file = at(path ?? process.env.LY_DB ?? './data/ly.sqlite')
  mkdirSync(dirname(file), { recursive: true })
  const db = openSqlite(file)
  await migrateToLatest(db)
  return db
}

const usage = `Bruk: pnpm ly <kommando> [valg]

Kommandoer:
  create-centre --name NAVN [--admin BRUKERNAVN] [--db STI]
      (standard brukernavn: admin-<senternavn>)
      Oppretter et senter med sin første administrator og skriver ut engangspassordet.
  list-centres [--db STI]
      Viser sentrene i databasen med id.

Felles valg:
  --db STI   SQLite-databasen (standard: LY_DB eller ./data/ly.sqlite)
`

type Command = (args: string[]) => Promise<void>

const commands: Record<string, Command> = {
  'create-centre': async (args) => {
    const { values } = parseArgs({ args, options: { name: { type: 'string' }, admin: { type: 'string' }, db: { type: 'string' } } })
    if (!values.name?.trim()) throw new CliError('Mangler --name: navnet på senteret.')
    const db = await openDb(values.db)
    try {
      const name = values.name.trim()
      // Sign-in names are unique across the installation, so each centre's first admin differs.
      const slug = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
      const created = await createCentreWithAdmin(db, systemClock, name, (values.admin ?? `admin-${slug}`).toLowerCase())
      process.stdout.write(formatCredentials(created))
      process.stdout.write(`Senter-id: ${created.centreId}\n`)
    } catch (err) {
      if (String(err).includes('UNIQUE')) throw new CliError('Et senter med det navnet, eller en bruker med det brukernavnet, finnes allerede.')
      throw err
    } finally {
      await db.destroy()
    }
  },
  'list-centres': async (args) => {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } })
    const db = await openDb(values.db)
    for (const c of await listCentres(db)) process.stdout.write(`${c.id}\t${c.name}\n`)
    await db.destroy()
  },
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
  process.stderr.write(`Feil: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
