import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, request as requestFactory, type APIRequestContext, type APIResponse, type Page, type Response } from '@playwright/test'
import {
  ADMIN_PASSWORD,
  USER_PASSWORD,
  isAdminPasswordChanged,
  markAdminPasswordChanged,
  readServerState,
  type Credentials,
  type ServerState,
} from './server-state'

export { expect }
export type { Credentials }
export type Role = 'staff' | 'leader' | 'admin'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** True for the response to the SPA's sign-in request. */
const isSignIn = (res: Response) => res.request().method() === 'POST' && new URL(res.url()).pathname === '/api/auth/sign-in'

/**
 * Signs in through the form on /logg-inn (going there first if needed) and returns the API's
 * answer to the attempt, so a test can tell a refused attempt from a slow one without sleeping.
 */
export async function signIn(page: Page, username: string, password: string): Promise<Response> {
  if (new URL(page.url()).pathname !== '/logg-inn') await page.goto('/logg-inn')
  await page.getByLabel('Brukernavn', { exact: true }).fill(username)
  await page.getByLabel('Passord', { exact: true }).fill(password)
  const answer = page.waitForResponse(isSignIn)
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click()
  return answer
}

/** Fills in and submits the form on /bytt-passord. */
export async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Bytt passord' })).toBeVisible()
  await page.getByLabel('Nåværende passord', { exact: true }).fill(current)
  await page.getByLabel('Nytt passord', { exact: true }).fill(next)
  await page.getByLabel('Gjenta nytt passord', { exact: true }).fill(next)
  await page.getByRole('button', { name: 'Bytt passord', exact: true }).click()
}

/** Runs axe with the WCAG 2.1 A/AA rules on the page as it is now; any violation fails the test. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const summary = violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, elements: v.nodes.map((n) => n.target.join(' ')) }))
  expect(summary, `axe fant brudd på ${page.url()}`).toEqual([])
}

/** A user name no other test uses (lower case, as the API requires). */
export const uniqueUsername = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

/** An API session: a request context holding the session cookie, and the CSRF token writes need. */
export interface ApiSession {
  request: APIRequestContext
  csrfToken: string
  mustChangePassword: boolean
  post(path: string, data: unknown): Promise<APIResponse>
}

export async function apiSignIn(baseURL: string, credentials: Credentials): Promise<ApiSession> {
  const request = await requestFactory.newContext({ baseURL })
  const res = await request.post('/api/auth/sign-in', { data: credentials })
  if (res.status() !== 200) {
    await request.dispose()
    throw new Error(`Innlogging som ${credentials.username} via API-et feilet: ${res.status()} ${await res.text()}`)
  }
  const body = (await res.json()) as { csrfToken: string; user: { mustChangePassword: boolean } }
  return {
    request,
    csrfToken: body.csrfToken,
    mustChangePassword: body.user.mustChangePassword,
    post: (path, data) => request.post(path, { data, headers: { 'x-csrf-token': body.csrfToken } }),
  }
}

async function apiChangePassword(session: ApiSession, currentPassword: string, newPassword: string): Promise<void> {
  const res = await session.post('/api/auth/password', { currentPassword, newPassword })
  if (res.status() !== 200) throw new Error(`Passordbytte via API-et feilet: ${res.status()} ${await res.text()}`)
}

/**
 * The first administrator with a known password. The first-start journey changes the printed
 * one-time password through the UI; if it has not (run alone, or it failed early), this does it
 * through the API instead.
 */
async function ensureAdmin(server: ServerState): Promise<Credentials> {
  const admin = { username: server.firstAdmin.username, password: ADMIN_PASSWORD }
  if (!isAdminPasswordChanged()) {
    const session = await apiSignIn(server.baseURL, server.firstAdmin)
    try {
      if (session.mustChangePassword) await apiChangePassword(session, server.firstAdmin.password, ADMIN_PASSWORD)
    } finally {
      await session.request.dispose()
    }
    markAdminPasswordChanged()
  }
  return admin
}

export interface SeedUserOptions {
  role?: Role
  /** Keep the one-time password (the user must change it at sign-in) instead of changing it. */
  keepOneTimePassword?: boolean
  prefix?: string
}

interface TestFixtures {
  /** Fails the test if the SPA throws an uncaught error (console noise such as 401s is fine). */
  failOnPageErrors: void
  /** The first administrator, password already changed; use for seeding and admin journeys. */
  admin: Credentials
  /** Creates a user through the API as the administrator; by default ready to sign in. */
  seedUser: (options?: SeedUserOptions) => Promise<Credentials>
}

interface WorkerFixtures {
  server: ServerState
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
    async ({}, use) => {
      await use(readServerState())
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseURL)
  },
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.stack ?? error.message))
      await use()
      expect(errors, 'Uventede feil i nettleseren').toEqual([])
    },
    { auto: true },
  ],
  admin: async ({ server }, use) => {
    await use(await ensureAdmin(server))
  },
  seedUser: async ({ server, admin }, use) => {
    const sessions: ApiSession[] = []
    await use(async ({ role = 'staff', keepOneTimePassword = false, prefix = 'e2e' } = {}) => {
      const adminSession = await apiSignIn(server.baseURL, admin)
      sessions.push(adminSession)
      const username = uniqueUsername(prefix)
      const res = await adminSession.post('/api/users', { username, role })
      if (res.status() !== 201) throw new Error(`Kunne ikke opprette ${username}: ${res.status()} ${await res.text()}`)
      const { temporaryPassword } = (await res.json()) as { temporaryPassword: string }
      if (keepOneTimePassword) return { username, password: temporaryPassword }

      const userSession = await apiSignIn(server.baseURL, { username, password: temporaryPassword })
      sessions.push(userSession)
      await apiChangePassword(userSession, temporaryPassword, USER_PASSWORD)
      return { username, password: USER_PASSWORD }
    })
    await Promise.all(sessions.map((s) => s.request.dispose()))
  },
})
