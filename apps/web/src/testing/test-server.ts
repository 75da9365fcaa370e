import { expect, onTestFinished } from 'vitest'
import type { Fetch } from '@/lib/api-client'
import type { Role } from '@ly/forms/accounts'
// The real BFF over a fresh database, from its own test helpers: web tests exercise the server.
import { createTestApp, TestSession, type TestClock } from '@ly/bff/testing/test-app'
import { importRecords } from '@ly/bff/testing/import'
import { seedQualityFixture, type QualityFixture } from '@ly/bff/testing/quality-fixture'
import { CookieJar } from './cookie-jar'

export interface Credentials {
  username: string
  password: string
}

/** The password seeded users get (ready to sign in); long enough for the BFF's rules. */
export const TEST_PASSWORD = 'et-langt-testpassord'

export interface TestServer {
  /** The BFF's clock: move it to let sessions expire. */
  clock: TestClock
  centreName: string
  /** What the SPA's api client calls instead of the network; it keeps cookies like a browser. */
  fetch: Fetch
  /** The centre's first administrator with the one-time password (must change it). */
  firstAdmin: Credentials
  /** The first administrator, password already changed through the API. */
  admin(): Promise<Credentials>
  /** Creates a user through the API, ready to sign in unless keepOneTimePassword. */
  seedUser(username: string, role: Role, options?: { keepOneTimePassword?: boolean }): Promise<Credentials>
  /** Signs "the browser" in through the API, so a test can start on a signed-in page. */
  signIn(credentials: Credentials): Promise<void>
  /**
   * Brings records in as history, through the real import of `pnpm ly import` (interchange
   * lines: `form`, `ref`, then the answers). History may hold what the forms no longer allow
   * to be saved, such as a blank «first … in the year» (decision 0037).
   */
  importHistory(lines: readonly object[]): Promise<void>
  /** The Kvalitetskontroll fixture: the centre's 2025 with one of each kind of problem, as history holds them. */
  seedQualityFixture(): Promise<QualityFixture>
}

/**
 * The real BFF in-process, over a fresh in-memory database with one centre. Seeding goes through
 * the API as a separate client (another "device"), never into the tables directly. Each user
 * costs a few argon2 hashes, so tests create as few as they need.
 */
export async function createTestServer(): Promise<TestServer> {
  const ctx = await createTestApp()
  onTestFinished(async () => {
    // A 500 is a bug even if the screen coped with it.
    const crashes = ctx.logger.lines.filter((line) => line.includes('"message":"unhandled error"'))
    await ctx.db.destroy()
    expect(crashes, 'the BFF logged an unhandled error').toEqual([])
  })

  const jar = new CookieJar()
  const fetch: Fetch = async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost')
    const headers = new Headers(init.headers)
    const cookie = jar.header()
    if (cookie) headers.set('cookie', cookie)
    // An in-process request cannot be cancelled halfway, so React Query's abort signal is dropped.
    const { signal: _signal, ...rest } = init
    const response = await ctx.app.request(url.pathname + url.search, { ...rest, headers })
    jar.store(response)
    return response
  }

  let adminSession: Promise<TestSession> | undefined
  const readyAdmin = () =>
    (adminSession ??= (async () => {
      const session = new TestSession(ctx.app)
      await session.signInAndSetPassword(ctx.centre.adminUsername, ctx.centre.adminPassword, TEST_PASSWORD)
      return session
    })())

  return {
    clock: ctx.clock,
    centreName: ctx.centre.centreName,
    fetch,
    firstAdmin: { username: ctx.centre.adminUsername, password: ctx.centre.adminPassword },
    async admin() {
      await readyAdmin()
      return { username: ctx.centre.adminUsername, password: TEST_PASSWORD }
    },
    async seedUser(username, role, { keepOneTimePassword = false } = {}) {
      const admin = await readyAdmin()
      const res = await admin.request('POST', '/api/users', { username, role })
      if (res.status !== 201) throw new Error(`seeding ${username} failed: ${res.status} ${await res.text()}`)
      const { temporaryPassword } = (await res.json()) as { temporaryPassword: string }
      if (keepOneTimePassword) return { username, password: temporaryPassword }
      await new TestSession(ctx.app).signInAndSetPassword(username, temporaryPassword, TEST_PASSWORD)
      return { username, password: TEST_PASSWORD }
    },
    async signIn(credentials) {
      const res = await fetch('/api/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      })
      if (res.status !== 200) throw new Error(`signing in ${credentials.username} failed: ${res.status}`)
    },
    async importHistory(lines) {
      const text = lines.map((line) => JSON.stringify(line)).join('\n')
      const result = await importRecords(ctx.db, { centreId: ctx.centre.centreId, text, format: 'jsonl', now: ctx.clock.now() })
      if (!result.ok) throw new Error(`importing history failed: ${JSON.stringify(result.issues)}`)
    },
    seedQualityFixture: () => seedQualityFixture(ctx.db, ctx.centre.centreId, ctx.clock.now()),
  }
}
