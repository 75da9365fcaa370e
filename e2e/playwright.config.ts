import { defineConfig, devices } from '@playwright/test'

/**
 * Journeys against the built app: global-setup.ts starts apps/bff/dist/server.mjs (serving
 * apps/web/dist) on a free port with a fresh database, and fixtures.ts points every test at it.
 * Chromium is Debian's package (never `playwright install`); set LY_E2E_CHROMIUM to use another.
 */
export default defineConfig({
  testDir: 'tests',
  outputDir: '.tmp/test-results',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  // One shared server and database for the run: journeys seed their own users, but centre-wide
  // figures (dashboards, reports) would see each other's records if they ran side by side.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Generous for a loaded 2-core CI machine: axe on a long form can take several seconds there.
  // Passing journeys never wait for these; they only bound how long a failure takes to show.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-first-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.LY_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
})
