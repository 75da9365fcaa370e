import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page, type Response } from '@playwright/test'
import { createUser, prepareFirstAdmin, uniqueUsername, type SeedUserOptions } from './api'
import { startServer, type StartedServer } from './server'
import { TMP_DIR, type Credentials, type ServerState } from './server-state'

export { expect }
export { apiSignIn, apiChangePassword, createUser, uniqueUsername, type ApiSession, type Role, type SeedUserOptions } from './api'
export type { Credentials }

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

/**
 * Lets the browser's installed clock jump past the idle time until the screen is locked. The
 * jump happens between two frames: an event still queued from the last action (the scroll that
 * brought a field into view before typing) can land after the jump and count as activity, and
 * the idle timer rightly starts over. Each further jump is the user staying away once more.
 */
export async function stayAwayUntilLocked(page: Page, idle: string): Promise<void> {
  const lockScreen = page.getByRole('heading', { level: 1, name: 'Skjermen er låst', exact: true })
  await expect(async () => {
    await page.clock.fastForward(idle)
    await expect(lockScreen).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
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

/** Runs `body`, then fails if the page threw an uncaught error meanwhile. */
async function expectNoPageErrors(page: Page, body: () => Promise<void>): Promise<void> {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message))
  await body()
  expect(errors, 'Uventede feil i nettleseren').toEqual([])
}

interface TestFixtures {
  /** Fails the test if the SPA throws an uncaught error (console noise such as 401s is fine). */
  failOnPageErrors: void
  /** The worker's first administrator, password already changed. */
  admin: Credentials
  /** Creates a user on the worker's server through the API; by default ready to sign in. */
  seedUser: (options?: SeedUserOptions) => Promise<Credentials>
  /**
   * A server of the test's own, with an empty database and the first administrator's printed
   * one-time password untouched: for the first start, and for anything that must not disturb
   * the worker's server (such as the per-address sign-in throttle). Point pages at its baseURL.
   */
  freshServer: StartedServer
  /** A page in a browser context of its own, pointed at `freshServer`. */
  freshPage: Page
}

interface WorkerFixtures {
  /**
   * The worker's own server and database, shared by the tests the worker runs: started when
   * its first test needs it, the first administrator's one-time password changed, stopped
   * when the worker ends.
   */
  server: ServerState
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
    async ({}, use, workerInfo) => {
      // workerIndex is never reused in a run, also when a worker is replaced after a failure.
      const started = await startServer(join(TMP_DIR, `worker-${workerInfo.workerIndex}`))
      try {
        const admin = await prepareFirstAdmin(started.baseURL, started.firstAdmin)
        await use({ baseURL: started.baseURL, pid: started.pid, dbPath: started.dbPath, logPath: started.logPath, admin })
      } finally {
        await started.stop()
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseURL)
  },
  failOnPageErrors: [
    async ({ page }, use) => {
      await expectNoPageErrors(page, use)
    },
    { auto: true },
  ],
  admin: async ({ server }, use) => {
    await use(server.admin)
  },
  seedUser: async ({ server }, use) => {
    await use((options) => createUser(server.baseURL, server.admin, options))
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
  freshServer: async ({}, use) => {
    const server = await startServer(join(TMP_DIR, 'fresh', uniqueUsername('server')))
    try {
      await use(server)
    } finally {
      await server.stop()
    }
  },
  freshPage: async ({ browser, freshServer }, use) => {
    const context = await browser.newContext({ baseURL: freshServer.baseURL })
    try {
      const page = await context.newPage()
      await expectNoPageErrors(page, () => use(page))
    } finally {
      await context.close()
    }
  },
})
