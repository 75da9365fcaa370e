import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { createApp } from '../app'
import { hashPasswordsLightlyInTests } from '../auth/password'
import { SESSION_COOKIE } from '../auth/session-cookie'
import { createCentreWithAdmin, type CreatedCentre } from '../bootstrap'
import type { Clock } from '../clock'
import { openSqlite, openSqliteImage, type Db, type Role } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { defaultConfig, type AppConfig } from '../deps'
import type { Logger } from '../errors'
import { createPostgresTestDb, postgresAdminUrl } from './postgres'

// Every in-process test builds its app through this module (decision 0044).
hashPasswordsLightlyInTests()

/** A clock the test moves by hand: timeouts are tested without sleeping. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-03-02T09:00:00.000Z')) {}
  now = () => new Date(this.current)
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000)
  }
  advanceSeconds(seconds: number) {
    this.current = new Date(this.current.getTime() + seconds * 1000)
  }
}

/** Collects log lines so a test can assert nothing sensitive was logged. */
export class MemoryLogger implements Logger {
  lines: string[] = []
  info = (message: string, fields?: Record<string, unknown>) => void this.lines.push(JSON.stringify({ message, ...fields }))
  error = (message: string, fields?: Record<string, unknown>) => void this.lines.push(JSON.stringify({ message, ...fields }))
}

/**
 * A fresh, migrated database: in-memory SQLite, or — in the bff-postgres test project — a
 * database of its own on the test PostgreSQL server.
 */
export async function createTestDb(): Promise<Db> {
  if (postgresAdminUrl) return createPostgresTestDb(postgresAdminUrl)
  return openSqliteImage(await migratedImage())
}

let image: Promise<Buffer> | undefined

/**
 * The bytes of a freshly migrated database, made once per worker: each test's database is a copy
 * of them. The migrations themselves are tested (db/migrate.test.ts, the PostgreSQL template,
 * every `pnpm ly` command on a file); running all of them again for each of hundreds of tests
 * took about 100 ms a test, most of the BFF tests' time.
 */
function migratedImage(): Promise<Buffer> {
  image ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ly-test-image-'))
    const db = openSqlite(':memory:')
    try {
      await migrateToLatest(db)
      const file = join(dir, 'migrated.sqlite')
      await sql`vacuum into ${file}`.execute(db)
      return readFileSync(file)
    } finally {
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    }
  })()
  return image
}

export interface TestContext {
  db: Db
  clock: TestClock
  logger: MemoryLogger
  app: ReturnType<typeof createApp>
  centre: CreatedCentre
}

/** The real BFF over a fresh in-memory database with one centre and its administrator. */
export async function createTestApp(config: Partial<AppConfig> = {}): Promise<TestContext> {
  const db = await createTestDb()
  const clock = new TestClock()
  const logger = new MemoryLogger()
  const app = createApp({ db, clock, logger, config: { ...defaultConfig, ...config } })
  const centre = await createCentreWithAdmin(db, clock, 'Testsenteret', 'admin')
  return { db, clock, logger, app, centre }
}

/**
 * A signed-in client: keeps the session cookie and sends the CSRF token, like the SPA does.
 * `request` returns the raw Response so tests can assert status codes and headers.
 */
export class TestSession {
  /** Every cookie the server set, by name, as a browser keeps them (paths aside). */
  readonly cookies = new Map<string, string>()
  csrfToken = ''
  constructor(private readonly app: TestContext['app']) {}

  /** The session cookie as a `name=value` pair, or '' when there is none. */
  get cookie(): string {
    const value = this.cookies.get(SESSION_COOKIE)
    return value ? `${SESSION_COOKIE}=${value}` : ''
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const init: RequestInit = { method, headers: { ...headers } }
    const h = init.headers as Record<string, string>
    if (this.cookies.size > 0) h.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    if (this.csrfToken && method !== 'GET') h['x-csrf-token'] ??= this.csrfToken
    if (body !== undefined) {
      h['content-type'] ??= 'application/json'
      init.body = typeof body === 'string' ? body : JSON.stringify(body)
    }
    const res = await this.app.request(path, init)
    for (const setCookie of res.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';')
      const eq = pair.indexOf('=')
      const [name, value] = [pair.slice(0, eq), pair.slice(eq + 1)]
      if (value) this.cookies.set(name, value)
      else this.cookies.delete(name)
    }
    return res
  }

  async signIn(username: string, password: string) {
    const res = await this.request('POST', '/api/auth/sign-in', { username, password })
    if (res.status === 200) this.csrfToken = ((await res.clone().json()) as { csrfToken: string }).csrfToken
    return res
  }

  /** Signs in and replaces a one-time password, as every new user must. */
  async signInAndSetPassword(username: string, oneTimePassword: string, newPassword = 'et-langt-nytt-passord') {
    const res = await this.signIn(username, oneTimePassword)
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`)
    const changed = await this.request('POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword })
    if (changed.status !== 200) throw new Error(`password change failed: ${changed.status}`)
    return newPassword
  }
}

export async function signedInAdmin(ctx: TestContext) {
  const session = new TestSession(ctx.app)
  await session.signInAndSetPassword(ctx.centre.adminUsername, ctx.centre.adminPassword)
  return session
}

/** The real BFF with a second centre beside its own, each with an administrator: for what must stay within one centre. */
export async function createTwoCentreApp() {
  const ctx = await createTestApp()
  const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Andre senter', 'admin-b')
  const userOf = async (centreId: string) => (await ctx.db.selectFrom('users').select('id').where('centre_id', '=', centreId).executeTakeFirstOrThrow()).id
  return { ctx, centreA: ctx.centre.centreId, centreB: other.centreId, userA: await userOf(ctx.centre.centreId), userB: await userOf(other.centreId) }
}

/** Creates a user through the API as the given admin and returns a signed-in session for it. */
export async function signedInUser(ctx: TestContext, admin: TestSession, username: string, role: Role) {
  const res = await admin.request('POST', '/api/users', { username, role })
  if (res.status !== 201) throw new Error(`create user failed: ${res.status}`)
  const { temporaryPassword } = (await res.json()) as { temporaryPassword: string }
  const session = new TestSession(ctx.app)
  await session.signInAndSetPassword(username, temporaryPassword)
  return session
}
