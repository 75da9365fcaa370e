import { spawn, type ChildProcess } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'

const bffRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface ServerProcess {
  child: ChildProcess
  baseUrl: string
  /** The first administrator's one-time password, when this start created the centre. */
  adminPassword: string | null
}

/**
 * Starts the real server (src/index.ts, bundled for this run by cli-global-setup.ts) on a free
 * port and waits until it listens. Used by tests that must kill and restart Ly like a power cut
 * would: the child is Node itself, so a SIGKILL hits the server. `bundle` is the directory of a
 * build.mjs output: the test run's own by default; `pnpm bench`, outside Vitest, passes its own.
 */
export function startServer(env: Record<string, string>, bundle: string = inject('lyBundle')): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(bundle, 'server.mjs')], {
    cwd: bffRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LY_BACKUP_INTERVAL_HOURS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}`)), 60_000)
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const port = /http:\/\/localhost:(\d+)/.exec(out)?.[1]
      if (!port) return
      clearTimeout(timer)
      done({ child, baseUrl: `http://127.0.0.1:${port}`, adminPassword: /Engangspassord:\s+(\S+)/.exec(out)?.[1] ?? null })
    })
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => fail(new Error(`server exited (${code}):\n${out}`)))
  })
}

/** A signed-in HTTP client against a running server (cookie and CSRF token kept). */
export async function signInOverHttp(baseUrl: string, username: string, password: string) {
  let cookie = ''
  let csrf = ''
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, ...(csrf && method !== 'GET' && { 'x-csrf-token': csrf }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    const set = res.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0]!
    return res
  }
  const res = await call('POST', '/api/auth/sign-in', { username, password })
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`)
  csrf = ((await res.json()) as { csrfToken: string }).csrfToken
  return call
}
