import { spawn, type ChildProcess } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const bffRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface ServerProcess {
  child: ChildProcess
  baseUrl: string
  /** The first administrator's one-time password, when this start created the centre. */
  adminPassword: string | null
}

/**
 * Starts the real server (src/index.ts through tsx) on a free port and waits until it
 * listens. Used by tests that must kill and restart Ly like a power cut would.
 */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  // Node itself with tsx's loader, not the tsx binary: the binary runs the server in a second
  // process, so a SIGKILL would hit only the wrapper and leave the server running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
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
