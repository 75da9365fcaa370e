import type { Clock } from '../clock'
import { recordAudit } from '../db/audit'
import type { Db } from '../db/database'
import { deleteExpiredSessions } from '../db/sessions'
import { deleteFailuresBefore } from '../db/sign-in-failures'
import type { AppConfig } from '../deps'
import type { Logger } from '../errors'
import type { Timer } from '../retention/schedule'

export const HOUSEKEEPING_INTERVAL_MS = 3_600_000

export type HousekeepingLimits = Pick<AppConfig, 'sessionIdleMinutes' | 'throttle'>

/**
 * Deletes what sign-in leaves behind once it can no longer matter (issue 19): sessions past their
 * absolute or idle limit, and failed sign-ins older than the throttle window, which the throttle
 * no longer counts. One transaction, audited by count only — no user, address or name.
 */
export async function purgeSignInData(db: Db, now: Date, limits: HousekeepingLimits): Promise<{ sessions: number; failures: number }> {
  return db.transaction().execute(async (trx) => {
    const sessions = await deleteExpiredSessions(trx, now, new Date(now.getTime() - limits.sessionIdleMinutes * 60_000))
    const failures = await deleteFailuresBefore(trx, new Date(now.getTime() - limits.throttle.windowMinutes * 60_000).toISOString())
    const counts = { sessions: Number(sessions[0]?.numDeletedRows ?? 0), failures: Number(failures[0]?.numDeletedRows ?? 0) }
    await recordAudit(trx, { centreId: null, actorUserId: null, action: 'housekeeping.purged', details: counts }, now)
    return counts
  })
}

/**
 * Runs the purge at start and then every hour while the server runs. A failure is logged (its
 * class only) and tried again at the next run.
 */
export function scheduleHousekeeping(deps: { db: Db; clock: Clock; logger: Logger; limits: HousekeepingLimits }, timer: Timer = globalThis) {
  const run = async () => {
    try {
      deps.logger.info('housekeeping ran', await purgeSignInData(deps.db, deps.clock.now(), deps.limits))
    } catch (err) {
      deps.logger.error('housekeeping failed', { name: err instanceof Error ? err.name : 'unknown' })
    }
  }
  const started = run()
  const handle = timer.setInterval(() => void run(), HOUSEKEEPING_INTERVAL_MS)
  return { started, stop: () => timer.clearInterval(handle) }
}
