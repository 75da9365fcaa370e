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
  // One server and one database for the run; the journeys share it, so one worker keeps them
  // in a predictable order (the first-start journey first) and the sign-in throttle per address
  // well away from its limit.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
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
