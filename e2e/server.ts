import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { REPO_ROOT, type Credentials } from './server-state'

const SERVER = join(REPO_ROOT, 'apps/bff/dist/server.mjs')
const WEB_DIST = join(REPO_ROOT, 'apps/web/dist')
const STARTUP_TIMEOUT_MS = 30_000

export interface StartedServer {
  baseURL: string
  pid: number
  dbPath: string
  logPath: string
  /** The first administrator and the one-time password the server printed at first start. */
  firstAdmin: Credentials
  stop(): Promise<void>
}

/** A port nobody listens on right now; the server binds it a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function isHealthy(baseURL: string): Promise<boolean> {
  try {
    return (await fetch(`${baseURL}/api/health`)).status === 200
  } catch {
    return false
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stops a server: SIGTERM (it closes the database cleanly), then SIGKILL after 10 s. */
export async function stopServer(pid: number): Promise<void> {
  if (!isRunning(pid)) return
  process.kill(pid, 'SIGTERM')
  const deadline = Date.now() + 10_000
  while (isRunning(pid) && Date.now() < deadline) await delay(100)
  if (isRunning(pid)) process.kill(pid, 'SIGKILL')
}

/**
 * Starts the built server (apps/bff/dist/server.mjs serving apps/web/dist) on a free
 * 127.0.0.1 port with a fresh database in `dir`, waits for /api/health and reads the first
 * administrator's one-time password from its output.
 */
export async function startServer(dir: string): Promise<StartedServer> {
  for (const [path, what] of [
    [SERVER, 'BFF-en'],
    [join(WEB_DIST, 'index.html'), 'SPA-en'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`Fant ikke ${path}. Bygg ${what} først: pnpm build`)
  }
  mkdirSync(dir, { recursive: true })
  const dbPath = join(dir, 'ly-e2e.sqlite')
  const logPath = join(dir, 'server.log')
  if (existsSync(dbPath)) throw new Error(`${dbPath} finnes allerede; serveren skal starte med en tom database.`)
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`

  // Output goes to a file, not a pipe: the server never blocks on a full pipe, and the log is
  // there to read when a journey fails.
  const log = openSync(logPath, 'w')
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LY_DB: dbPath,
      LY_WEB_DIST: WEB_DIST,
      LY_SECURE_COOKIES: 'never',
      LY_TRUST_PROXY: 'false',
    },
    stdio: ['ignore', log, log],
  })
  const pid = child.pid
  if (pid === undefined) throw new Error('Klarte ikke å starte serveren.')
  child.unref()

  const fail = (why: string): never => {
    if (child.exitCode === null) child.kill('SIGKILL')
    throw new Error(`${why}\n--- ${logPath} ---\n${readFileSync(logPath, 'utf8')}`)
  }

  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (!(await isHealthy(baseURL))) {
    if (child.exitCode !== null) fail(`Serveren avsluttet med kode ${child.exitCode} under oppstart.`)
    if (Date.now() > deadline) fail(`Serveren svarte ikke på ${baseURL}/api/health innen ${STARTUP_TIMEOUT_MS / 1000} s.`)
    await delay(100)
  }

  // Printed by formatCredentials() in apps/bff/src/bootstrap.ts before the server listens.
  const output = readFileSync(logPath, 'utf8')
  const username = /Logg inn med brukernavn:\s*(\S+)/.exec(output)?.[1]
  const password = /Engangspassord:\s*(\S+)/.exec(output)?.[1]
  if (!username || !password) return fail('Fant ikke brukernavn og engangspassord i serverens utskrift ved første oppstart.')

  return { baseURL, pid, dbPath, logPath, firstAdmin: { username, password }, stop: () => stopServer(pid) }
}
