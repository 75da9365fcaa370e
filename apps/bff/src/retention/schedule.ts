import type { Clock } from '../clock'
import type { Db } from '../db/database'
import type { Logger } from '../errors'
import { runRetention } from './case-codes'

/** The timer functions the schedule uses; tests pass their own and run the job by hand. */
export interface Timer {
  setInterval(run: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

export const RETENTION_INTERVAL_MS = 24 * 3_600_000

/**
 * Runs the case-code retention once at start and then every day while the server runs. A
 * failure is logged (class only, no data) and tried again at the next run.
 */
export function scheduleRetention(deps: { db: Db; clock: Clock; logger: Logger }, timer: Timer = globalThis) {
  const run = async () => {
    try {
      const results = await runRetention(deps.db, deps.clock.now())
      const records = results.reduce((n, r) => n + r.records, 0)
      const codes = results.reduce((n, r) => n + r.codes, 0)
      deps.logger.info('case-code retention ran', { centres: results.length, codes, records })
    } catch (err) {
      deps.logger.error('case-code retention failed', { name: err instanceof Error ? err.name : 'unknown' })
    }
  }
  const started = run()
  const handle = timer.setInterval(() => void run(), RETENTION_INTERVAL_MS)
  return {
    /** The first run, for tests and a clean shutdown. */
    started,
    stop: () => timer.clearInterval(handle),
  }
}
