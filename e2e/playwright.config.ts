import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { TMP_DIR } from './server-state'

const TRACE_MODES = ['off', 'on', 'retain-on-failure', 'on-first-retry', 'retain-on-first-failure'] as const
type TraceMode = (typeof TRACE_MODES)[number]

function traceMode(value: string | undefined): TraceMode {
  if (value === undefined || value === '') return 'off'
  const mode = TRACE_MODES.find((m) => m === value)
  if (!mode) throw new Error(`LY_E2E_TRACE må være en av ${TRACE_MODES.join(', ')}, ikke «${value}».`)
  return mode
}

/**
 * Debian's Chromium for headless use: the package `chromium-headless-shell` (the same Chromium
 * build, without the desktop browser's window and tab interface), which `npm test` installs.
 * It did the same journeys with about a third less CPU than `/usr/bin/chromium`, whose headless
 * mode runs the whole desktop browser unseen (decision 0059). Without it, the full browser.
 */
function chromium(chosen: string | undefined): string {
  if (chosen) return chosen
  return ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/bin/chromium'
}

/**
 * Journeys against the built app: each worker starts apps/bff/dist/server.mjs (serving
 * apps/web/dist) on a free port with a fresh database (fixtures.ts, `server`), and points its
 * tests at it. Chromium is Debian's package (never `playwright install`; see `chromium`); set LY_E2E_CHROMIUM to
 * use another.
 */
export default defineConfig({
  testDir: 'tests',
  // Under LY_E2E_TMP too: a second run in the same working tree must not wipe this one's traces.
  outputDir: join(TMP_DIR, 'test-results'),
  globalSetup: './global-setup.ts',
  // A server and database per worker, so journeys run side by side, any test in any worker
  // (decision 0043). Two by default: a journey mostly waits on the browser and the server, so
  // two of them fill a 2-core machine. LY_E2E_WORKERS=1 runs them one after another.
  workers: Number(process.env.LY_E2E_WORKERS) || 2,
  fullyParallel: true,
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
    // No trace by default: recording one for every journey (DOM snapshots and a screencast at
    // each step) cost about a quarter of the journeys' CPU (decision 0054). A failure still leaves
    // its screenshot and error; LY_E2E_TRACE=retain-on-failure (or on) records traces to debug.
    trace: traceMode(process.env.LY_E2E_TRACE),
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium(process.env.LY_E2E_CHROMIUM),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium' }],
})
