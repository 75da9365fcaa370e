import { Hono } from 'hono'
import { z } from 'zod'
import { openSecret, sealSecret } from '../auth/secret-box'
import { attemptOf, checkAttempt } from '../auth/throttle'
import { ConfirmTotpEnrolmentSchema } from '@ly/forms/accounts'
import { matchTotpStep, newTotpSecret, totpQrDataUrl, totpUri } from '../auth/totp'
import { recordAudit } from '../db/audit'
import { getSecuritySettings, totpRequiredFor } from '../db/security-settings'
import { enableTotp, findTotpState, setPendingTotpSecret } from '../db/totp'
import type { AppDeps, AppEnv } from '../deps'
import { AppError } from '../errors'
import { validate, validationFailed } from '../validation'

export const StartEnrolmentBody = z.object({}).strict()

const alreadyEnabled = () => new AppError(409, 'totp_already_enabled', 'Tofaktor-innlogging er allerede satt opp. En administrator kan nullstille den om du har byttet telefon.')

/**
 * The signed-in user's own two-factor sign-in: start (a new secret, shown once with its QR code)
 * and confirm with a code from the app. Only a confirmed secret is used at sign-in; starting
 * again before confirming replaces the pending one. Turning it off is an administrator's reset.
 */
export function totpRoutes(deps: AppDeps) {
  const { db, clock, config } = deps
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const user = c.get('user')
      const state = await findTotpState(db, user.id)
      return c.json({ enabled: user.totpEnabled, required: totpRequiredFor(await getSecuritySettings(db, user.centreId), user.role), pending: !!state?.totp_pending_secret }, 200)
    })
    .post('/enrolment', validate('json', StartEnrolmentBody), async (c) => {
      const user = c.get('user')
      if (user.totpEnabled) throw alreadyEnabled()
      const secret = newTotpSecret()
      await setPendingTotpSecret(db, user.id, sealSecret(config.secretKey, secret))
      const uri = totpUri(secret, user.username)
      // The one answer that carries the secret: after confirmation no route returns it.
      return c.json({ secret, uri, qrCode: await totpQrDataUrl(uri) }, 201)
    })
    .post('/enrolment/confirm', validate('json', ConfirmTotpEnrolmentSchema), async (c) => {
      const user = c.get('user')
      if (user.totpEnabled) throw alreadyEnabled()
      const attempt = attemptOf(c, deps, user.username, user.id)
      const sealed = (await findTotpState(db, user.id))?.totp_pending_secret
      const secret = sealed ? openSecret(config.secretKey, sealed) : null
      if (!sealed || !secret) throw new AppError(409, 'totp_not_started', 'Start oppsettet på nytt: ingen ny nøkkel venter på bekreftelse.')
      const now = clock.now()
      const code = c.req.valid('json').code
      const step = await checkAttempt(
        deps,
        attempt,
        { centreId: user.centreId, userId: user.id, action: 'auth.attempts_throttled' },
        () => Promise.resolve(matchTotpStep(secret, code, now)),
        (s) => s === null,
      )
      if (step === null) {
        await recordAudit(db, { centreId: user.centreId, actorUserId: user.id, action: 'auth.totp_failed', targetKind: 'user', targetId: user.id }, now)
        throw validationFailed([{ path: 'code', message: 'Koden stemmer ikke. Sjekk at klokka på telefonen er riktig, og skriv den nyeste koden.' }])
      }
      const enabled = await db.transaction().execute(async (trx) => {
        if (!(await enableTotp(trx, user.id, sealed, step, now))) return false
        await recordAudit(trx, { centreId: user.centreId, actorUserId: user.id, action: 'auth.totp_enabled', targetKind: 'user', targetId: user.id }, now)
        return true
      })
      if (!enabled) throw new AppError(409, 'conflict', 'Oppsettet ble startet på nytt i mellomtiden. Skann den nyeste QR-koden og prøv igjen.')
      return c.json({ enabled: true }, 200)
    })
}
