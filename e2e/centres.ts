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
 * A second centre in the journeys' database, made the way an operator makes one: `pnpm ly
 * create-centre` (apps/bff/src/cli/main.ts), run with tsx as `pnpm ly` does, beside the
 * running server (SQLite in WAL mode lets both write). Reads the printed one-time password.
 */
export async function createCentre(dbPath: string, prefix = 'E2E-senter'): Promise<CreatedCentre> {
  const name = `${prefix} ${randomUUID().slice(0, 8)}`
  const { stdout } = await run(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'apps/bff/src/cli/main.ts', 'create-centre', '--name', name, '--db', dbPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, INIT_CWD: REPO_ROOT },
    timeout: 60_000,
  })
  // Printed by formatCredentials() in apps/bff/src/bootstrap.ts.
  const username = /Logg inn med brukernavn:\s*(\S+)/.exec(stdout)?.[1]
  const password = /Engangspassord:\s*(\S+)/.exec(stdout)?.[1]
  if (!username || !password) throw new Error(`Fant ikke brukernavn og engangspassord i utskriften fra create-centre:\n${stdout}`)
  return { name, admin: { username, password } }
}
