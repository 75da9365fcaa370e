import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { REPO_ROOT, TMP_DIR, writeServerState } from './server-state'

const SERVER = join(REPO_ROOT, 'apps/bff/dist/server.mjs')
const WEB_DIST = join(REPO_ROOT, 'apps/web/dist')
const STARTUP_TIMEOUT_MS = 30_000

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
    const res = await fetch(`${baseURL}/api/health`)
    return res.status === 200
  } catch {
    return false
  }
}

/**
 * Starts the built server (apps/bff/dist/server.mjs serving apps/web/dist) on a free port with a
 * fresh database under e2e/.tmp/, reads the first administrator's one-time password from its
 * output, waits for /api/health and writes what the tests need to e2e/.tmp/server.json.
 */
export default async function globalSetup(): Promise<void> {
  for (const [path, what] of [
    [SERVER, 'BFF-en'],
    [join(WEB_DIST, 'index.html'), 'SPA-en'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`Fant ikke ${path}. Bygg ${what} først: pnpm build`)
  }

  // A fresh database and state every run (test-results/ is Playwright's to manage).
  mkdirSync(TMP_DIR, { recursive: true })
  for (const name of readdirSync(TMP_DIR)) {
    if (name !== 'test-results') rmSync(join(TMP_DIR, name), { recursive: true, force: true })
  }
  const dbPath = join(TMP_DIR, 'ly-e2e.sqlite')
  const logPath = join(TMP_DIR, 'server.log')
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`

  // Output goes to a file, not a pipe: the server never blocks on a full pipe, and the log is
  // there to read when a journey fails.
  const log = openSync(logPath, 'w')
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER], {
    cwd: TMP_DIR,
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

  writeServerState({ baseURL, pid, dbPath, logPath, firstAdmin: { username, password } })
  process.env.LY_E2E_BASE_URL = baseURL
}
