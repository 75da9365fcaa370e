import { Hono } from 'hono'
import { z } from 'zod'
import { recordAudit } from '../db/audit'
import { effectiveIdleLock, getSecuritySettings, IDLE_LOCK_MINUTES, idleLockCap, RETENTION_MONTHS, saveSecuritySettings, type SecuritySettings } from '../db/security-settings'
import type { AppDeps, AppEnv } from '../deps'
import { AppError } from '../errors'
import { requireRole } from '../middleware/require-role'
import { validate } from '../validation'

const wholeNumber = (what: string, min: number, max: number) =>
  z.number({ error: 'Skriv et helt tall.' }).int('Skriv et helt tall.').min(min, `${what} må være minst ${min}.`).max(max, `${what} kan være høyst ${max}.`)

/** The screen lock must come before the server ends an idle session, or it would never show. */
export const securitySettingsBody = (sessionIdleMinutes: number) =>
  z
    .object({
      requireTotp: z.boolean({ error: 'Velg ja eller nei.' }),
      idleLockMinutes: wholeNumber('Tiden', IDLE_LOCK_MINUTES.min, idleLockCap(sessionIdleMinutes)),
      retentionMonths: wholeNumber('Tiden', RETENTION_MONTHS.min, RETENTION_MONTHS.max),
      version: z.number().int().min(0),
    })
    .strict()

const keys = ['requireTotp', 'idleLockMinutes', 'retentionMonths'] as const

/** The centre's security choices (administrators): two-factor rule, screen lock, retention. */
export function securitySettingRoutes(deps: AppDeps) {
  const { db, clock } = deps
  const { sessionIdleMinutes } = deps.config
  const limits = { idleLockMinutes: { min: IDLE_LOCK_MINUTES.min, max: idleLockCap(sessionIdleMinutes) }, retentionMonths: RETENTION_MONTHS, sessionIdleMinutes }
  // A lock chosen before the server's session was shortened reads as the lock in force, so the
  // page opens with a value it can save.
  const body = (s: SecuritySettings) => ({ ...s, idleLockMinutes: effectiveIdleLock(s.idleLockMinutes, sessionIdleMinutes), limits })
  return new Hono<AppEnv>()
    .use(requireRole('admin'))
    .get('/', async (c) => c.json(body(await getSecuritySettings(db, c.get('user').centreId)), 200))
    .put('/', validate('json', securitySettingsBody(deps.config.sessionIdleMinutes)), async (c) => {
      const { version, ...values } = c.req.valid('json')
      const user = c.get('user')
      const now = clock.now()
      const saved = await db.transaction().execute(async (trx) => {
        const before = await getSecuritySettings(trx, user.centreId)
        if (!(await saveSecuritySettings(trx, user.centreId, values, version, user.id, now))) return null
        const changed = keys.filter((k) => before[k] !== values[k])
        const details = Object.fromEntries(
          changed.flatMap((k) => [
            [`${k}From`, before[k]],
            [`${k}To`, values[k]],
          ]),
        )
        await recordAudit(
          trx,
          {
            centreId: user.centreId,
            actorUserId: user.id,
            action: 'settings.security_changed',
            targetKind: 'centre',
            targetId: user.centreId,
            details: { fields: [...changed], ...details },
          },
          now,
        )
        return getSecuritySettings(trx, user.centreId)
      })
      if (!saved) throw new AppError(409, 'conflict', 'Innstillingene er endret av noen andre. Last inn på nytt og prøv igjen.')
      return c.json(body(saved), 200)
    })
}
