import { Hono } from 'hono'
import { z } from 'zod'
import { recordAudit } from '../db/audit'
import { getCentreSettings, MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD, setSuppressionThreshold } from '../db/centre-settings'
import type { AppDeps, AppEnv } from '../deps'
import { AppError } from '../errors'
import { requireRole } from '../middleware/require-role'
import { validate } from '../validation'

export const SuppressionBody = z
  .object({
    threshold: z
      .number({ error: 'Skriv et helt tall.' })
      .int('Skriv et helt tall.')
      .min(MIN_SUPPRESSION_THRESHOLD, `Grensen må være minst ${MIN_SUPPRESSION_THRESHOLD}.`)
      .max(MAX_SUPPRESSION_THRESHOLD, `Grensen kan være høyst ${MAX_SUPPRESSION_THRESHOLD}.`),
    version: z.number().int().min(0),
  })
  .strict()

/** The small-number threshold (decision 8): everyone who reports reads it; administrators set it. */
export function suppressionSettingRoutes(deps: AppDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>()
    .get('/', requireRole('leader', 'admin'), async (c) => {
      const settings = await getCentreSettings(db, c.get('user').centreId)
      return c.json({ threshold: settings.suppressionThreshold, version: settings.version, min: MIN_SUPPRESSION_THRESHOLD, max: MAX_SUPPRESSION_THRESHOLD }, 200)
    })
    .put('/', requireRole('admin'), validate('json', SuppressionBody), async (c) => {
      const { threshold, version } = c.req.valid('json')
      const user = c.get('user')
      const now = clock.now()
      const saved = await db.transaction().execute(async (trx) => {
        const before = await getCentreSettings(trx, user.centreId)
        if (!(await setSuppressionThreshold(trx, user.centreId, threshold, version, user.id, now))) return null
        await recordAudit(
          trx,
          {
            centreId: user.centreId,
            actorUserId: user.id,
            action: 'settings.suppression_threshold_changed',
            targetKind: 'centre',
            targetId: user.centreId,
            details: { from: before.suppressionThreshold, to: threshold },
          },
          now,
        )
        return getCentreSettings(trx, user.centreId)
      })
      if (!saved) throw new AppError(409, 'conflict', 'Grensen er endret av noen andre. Last inn på nytt og prøv igjen.')
      return c.json({ threshold: saved.suppressionThreshold, version: saved.version, min: MIN_SUPPRESSION_THRESHOLD, max: MAX_SUPPRESSION_THRESHOLD }, 200)
    })
}
