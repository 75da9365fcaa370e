import { onTestFinished, vi } from 'vitest'

/** The test BFF's clock starts here (TestClock in apps/bff/src/testing/test-app.ts). */
export const TEST_SERVER_NOW = '2026-03-02T09:00:00.000Z'

/**
 * Sets the browser's Date to the test server's time, so "today" (date defaults, "not after
 * today") is the same day on both sides. Only Date is faked: timers run as usual.
 */
export function alignBrowserClock(): void {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(TEST_SERVER_NOW))
  onTestFinished(() => {
    vi.useRealTimers()
  })
}
