import { Hono } from 'hono'
import { z } from 'zod'
import { likelyNameMessage, mayHoldName, osloToday, reopenReasonField, screenFreeText } from '@ly/forms'
import { refuseUnconfirmedNames } from '../records/likely-names'
import { ConfirmLikelyName } from './name-confirmation'
import { recordAudit } from '../db/audit'
import { listYearLockEvents, listYearLocks, lockYear, reopenYear } from '../db/year-locks'
import type { AppDeps, AppEnv } from '../deps'
import { AppError } from '../errors'
import { checkYear } from '../quality/check'
import { requireRole } from '../middleware/require-role'
import { validate, validationFailed } from '../validation'

const YearParam = z.object({ year: z.coerce.number({ error: 'Ugyldig år.' }).int('Ugyldig år.').min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.') })
export const LockBody = z
  .object({
    /** The leader has seen the quality check's findings and finalises the year anyway. */
    confirmFindings: z.boolean({ error: 'confirmFindings må være true eller false.' }).optional(),
  })
  .strict()
export const ReopenBody = z
  .object({
    reason: reopenReasonField,
    confirmLikelyName: ConfirmLikelyName,
  })
  .strict()

/**
 * The year lock (docs/decisions/0007-year-lock.md): a leader finalises a year after its report;
 * every write to its records is then refused (year-lock/guard.ts) until a leader reopens it with
 * a reason. Everyone reads which years are locked (the SPA marks their records); the history
 * with its reasons is for leaders and administrators. Locking a year with findings in the quality
 * check (quality/rules.ts) answers 409 `quality_findings` until the leader confirms them.
 */
export function yearRoutes(deps: AppDeps) {
  const { db, clock } = deps
  const currentYear = () => Number(osloToday(clock.now()).slice(0, 4))

  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const user = c.get('user')
      const locks = await listYearLocks(db, user.centreId)
      const history = user.role === 'staff' ? [] : await listYearLockEvents(db, user.centreId)
      return c.json(
        {
          currentYear: currentYear(),
          locked: locks.map((l) => ({ year: l.year, lockedAt: l.locked_at, lockedBy: l.locked_by })),
          history: history.map((e) => ({ year: e.year, action: e.action, reason: e.reason, at: e.at, by: e.username })),
        },
        200,
      )
    })
    .post('/:year/lock', requireRole('leader'), validate('param', YearParam), validate('json', LockBody), async (c) => {
      const { year } = c.req.valid('param')
      const user = c.get('user')
      // A year still under way cannot be final: its statistics are not complete.
      if (year >= currentYear()) throw validationFailed([{ path: 'year', message: 'Bare år som er avsluttet kan låses.' }])
      const now = clock.now()
      // Decision 0027: a year is not finalised past findings the leader has not seen.
      const found = (await checkYear(db, user.centreId, year, osloToday(now))).findings.length
      if (found > 0 && c.req.valid('json').confirmFindings !== true) {
        throw new AppError(
          409,
          'quality_findings',
          `Kvalitetskontrollen fant ${found === 1 ? 'én ting' : `${found} ting`} i ${year} som bør rettes før året låses. Rett dem, eller bekreft at året skal låses likevel.`,
        )
      }
      const locked = await db.transaction().execute(async (trx) => {
        if (!(await lockYear(trx, user.centreId, year, user.id, now))) return false
        await recordAudit(
          trx,
          {
            centreId: user.centreId,
            actorUserId: user.id,
            action: 'year.locked',
            targetKind: 'year',
            targetId: String(year),
            details: { year, ...(found > 0 && { findingsConfirmed: found }) },
          },
          now,
        )
        return true
      })
      if (!locked) throw new AppError(409, 'already_locked', `Året ${year} er allerede låst.`)
      return c.json({ year, locked: true }, 200)
    })
    .post('/:year/reopen', requireRole('leader'), validate('param', YearParam), validate('json', ReopenBody), async (c) => {
      const { year } = c.req.valid('param')
      const { reason, confirmLikelyName } = c.req.valid('json')
      const user = c.get('user')
      // The reason is free text kept in the history: screened like every free text (decision 2).
      const screened = screenFreeText(reason)
      if (screened.errors.length > 0) throw validationFailed(screened.errors.map((message) => ({ path: 'reason', message })))
      refuseUnconfirmedNames(mayHoldName(reason) ? [{ path: 'reason', message: likelyNameMessage('Begrunnelse') }] : [], confirmLikelyName)
      const now = clock.now()
      const reopened = await db.transaction().execute(async (trx) => {
        if (!(await reopenYear(trx, user.centreId, year, user.id, reason, now))) return false
        // The audit names the year only; the reason is read in the year's history.
        await recordAudit(trx, { centreId: user.centreId, actorUserId: user.id, action: 'year.reopened', targetKind: 'year', targetId: String(year), details: { year } }, now)
        return true
      })
      if (!reopened) throw new AppError(409, 'not_locked', `Året ${year} er ikke låst.`)
      return c.json({ year, locked: false, warnings: screened.warnings }, 200)
    })
}
