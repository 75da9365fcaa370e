import { Hono } from 'hono'
import { passwordField } from '@ly/forms/accounts'
import { z } from 'zod'
import { verifyPassword } from '../auth/password'
import { clearSessionCookie } from '../auth/session-cookie'
import { attemptOf, checkAttempt, clearAttemptFailures } from '../auth/throttle'
import { recordAudit } from '../db/audit'
import { deleteSession, setSessionLocked } from '../db/sessions'
import { findUserById } from '../db/users'
import type { AppDeps, AppEnv } from '../deps'
import { AppError, unauthorized } from '../errors'
import { validate, validationFailed } from '../validation'

export const LockBody = z.object({}).strict()
export const UnlockBody = z.object({ password: passwordField }).strict()

/**
 * The screen lock for staff working near residents. The browser locks after the centre's idle
 * time; the lock is kept on the session, so reloading the page does not lift it, and only the
 * user's password does. Wrong passwords share the sign-in budget; when it is spent the session
 * ends, so someone at the desk cannot keep guessing.
 */
export function screenLockRoutes(deps: AppDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>()
    .post('/lock', validate('json', LockBody), async (c) => {
      await setSessionLocked(db, c.get('sessionId'), clock.now())
      return c.json({ locked: true }, 200)
    })
    .post('/unlock', validate('json', UnlockBody), async (c) => {
      const user = c.get('user')
      const attempt = attemptOf(c, deps, user.username, user.id)
      const now = clock.now()
      const password = c.req.valid('json').password
      let ok: boolean
      try {
        ok = await checkAttempt(
          deps,
          attempt,
          { centreId: user.centreId, userId: user.id, action: 'auth.attempts_throttled' },
          async () => {
            const row = await findUserById(db, user.id)
            if (!row) throw unauthorized()
            return verifyPassword(row.password_hash, password)
          },
          (right) => !right,
        )
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'too_many_attempts') throw err
        await deleteSession(db, c.get('sessionId'))
        clearSessionCookie(c)
        await recordAudit(db, { centreId: user.centreId, actorUserId: user.id, action: 'auth.signed_out_at_lock', targetKind: 'user', targetId: user.id }, now)
        throw new AppError(401, 'locked_out', 'For mange feil passord. Du er logget ut av sikkerhetshensyn. Logg inn på nytt.')
      }
      if (!ok) {
        await recordAudit(db, { centreId: user.centreId, actorUserId: user.id, action: 'auth.unlock_failed', targetKind: 'user', targetId: user.id }, now)
        throw validationFailed([{ path: 'password', message: 'Feil passord.' }])
      }
      await clearAttemptFailures(deps, attempt)
      await setSessionLocked(db, c.get('sessionId'), null)
      return c.json({ locked: false }, 200)
    })
}
