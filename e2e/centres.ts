import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT, type Credentials } from './server-state'

const run = promisify(execFile)

export interface CreatedCentre {
  name: string
  /** The centre's first administrator with the one-time password, which must be changed. */
  admin: Credentials
}

/**
 * `pnpm ly <args> --db <dbPath>` beside the running server (SQLite in WAL mode lets both write):
 * the command line the journeys' build made (apps/bff/dist/cli.mjs, the same src/cli/main.ts),
 * started as plain Node rather than tsx compiling the BFF again.
 */
export async function runLy(dbPath: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [join(REPO_ROOT, 'apps/bff/dist/cli.mjs'), ...args, '--db', dbPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, INIT_CWD: REPO_ROOT },
    timeout: 120_000,
  })
  return stdout
}

/**
 * A second centre in the journeys' database, made the way an operator makes one: `pnpm ly
 * create-centre`. Reads the printed one-time password.
 */
export async function createCentre(dbPath: string, prefix = 'E2E-senter'): Promise<CreatedCentre> {
  const name = `${prefix} ${randomUUID().slice(0, 8)}`
  const stdout = await runLy(dbPath, 'create-centre', '--name', name)
  // Printed by formatCredentials() in apps/bff/src/bootstrap.ts.
  const username = /Logg inn med brukernavn:\s*(\S+)/.exec(stdout)?.[1]
  const password = /Engangspassord:\s*(\S+)/.exec(stdout)?.[1]
  if (!username || !password) throw new Error(`Fant ikke brukernavn og engangspassord i utskriften fra create-centre:\n${stdout}`)
  return { name, admin: { username, password } }
}
