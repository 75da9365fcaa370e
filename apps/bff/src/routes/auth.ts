import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { currentPasswordField, newPasswordField, passwordField, totpCodeField, usernameField } from '@ly/forms/accounts'
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password'
import { invalidTotp, totpRequired, useTotpCode } from '../auth/second-factor'
import { writeDeviceCookie } from '../auth/device-cookie'
import { clearSessionCookie, csrfTokenFor, csrfTokenHash, newToken, readSessionToken, sessionIdFromToken, writeSessionCookie } from '../auth/session-cookie'
import { attemptOf, checkAttempt, clearAttemptFailures, normaliseUsername } from '../auth/throttle'
import { recordAudit } from '../db/audit'
import { effectiveIdleLock, getSecuritySettings, totpRequiredFor } from '../db/security-settings'
import { insertSession, deleteSession, deleteUserSessions } from '../db/sessions'
import { findUserById, findUserByUsername, updateUser } from '../db/users'
import type { AppDeps, AppEnv, SessionUser } from '../deps'
import { AppError, unauthorized } from '../errors'
import { validate, validationFailed } from '../validation'

// Strict, as every body Ly takes: a field it does not know is an error, never silently dropped.
// The fields are the SPA's own (@ly/forms/accounts), messages included.
export const SignInSchema = z
  .object({
    username: usernameField,
    password: passwordField,
    /** Step 2 of sign-in, sent with the password when the account uses two-factor sign-in. */
    code: totpCodeField.optional(),
  })
  .strict()

export const ChangePasswordSchema = z.object({ currentPassword: currentPasswordField, newPassword: newPasswordField }).strict()

/** What the SPA knows of its session; `locked` and `idleLockMinutes` drive the screen lock. */
async function sessionBody(user: SessionUser, csrfToken: string, deps: AppDeps, locked = false) {
  const { idleLockMinutes } = await getSecuritySettings(deps.db, user.centreId)
  return { user, csrfToken, idleTimeoutMinutes: deps.config.sessionIdleMinutes, idleLockMinutes: effectiveIdleLock(idleLockMinutes, deps.config.sessionIdleMinutes), locked }
}

export function authRoutes(deps: AppDeps) {
  const { db, clock, config } = deps

  async function startSession(c: Context, userId: string) {
    // A new session id at every sign-in: a token planted before sign-in is worthless after it.
    const previous = readSessionToken(c)
    if (previous) await deleteSession(db, sessionIdFromToken(previous))
    const token = newToken()
    const csrfToken = csrfTokenFor(config, token)
    const now = clock.now()
    await insertSession(db, {
      id: sessionIdFromToken(token),
      userId,
      csrfTokenHash: csrfTokenHash(csrfToken),
      now,
      expiresAt: new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000),
    })
    writeSessionCookie(c, config, token)
    return csrfToken
  }

  return new Hono<AppEnv>()
    .post('/sign-in', validate('json', SignInSchema), async (c) => {
      const { username, password, code } = c.req.valid('json')
      const now = clock.now()
      const user = await findUserByUsername(db, normaliseUsername(username))
      const attempt = attemptOf(c, deps, username, user?.id)
      // The attempt is reserved before the slow hash and kept as a failure unless it succeeds,
      // so parallel guesses count each other (auth/throttle.ts).
      const verdict = await checkAttempt(
        deps,
        attempt,
        { centreId: user?.centre_id ?? null, ...(user && { userId: user.id }), action: 'auth.sign_in_throttled' },
        async () => {
          const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password)
          if (!user || !ok || !user.active) return 'wrong_password'
          // Step 2 only after a right password, so the question reveals nothing about unknown
          // names. A right password with no code yet is no failure, but clears nothing either.
          if (!user.totp_enabled_at) return 'ok'
          if (!code) return 'code_required'
          return (await useTotpCode(deps, user.id, code)) ? 'ok' : 'wrong_code'
        },
        (v) => v === 'wrong_password' || v === 'wrong_code',
        'innlogginger',
      )
      if (verdict === 'wrong_password' || !user) {
        if (user) await recordAudit(db, { centreId: user.centre_id, actorUserId: null, action: 'auth.sign_in_failed', targetKind: 'user', targetId: user.id }, now)
        throw new AppError(401, 'invalid_credentials', 'Feil brukernavn eller passord.')
      }
      if (verdict === 'code_required') throw totpRequired()
      if (verdict === 'wrong_code') {
        await recordAudit(db, { centreId: user.centre_id, actorUserId: null, action: 'auth.totp_failed', targetKind: 'user', targetId: user.id }, now)
        throw invalidTotp()
      }

      await clearAttemptFailures(deps, attempt)
      const csrfToken = await startSession(c, user.id)
      writeDeviceCookie(c, config, user.id)
      await recordAudit(db, { centreId: user.centre_id, actorUserId: user.id, action: 'auth.sign_in' }, now)
      const centre = await db.selectFrom('centres').select(['name', 'demo_data']).where('id', '=', user.centre_id).executeTakeFirstOrThrow()
      const sessionUser: SessionUser = {
        id: user.id,
        username: user.username,
        role: user.role,
        centreId: user.centre_id,
        centreName: centre.name,
        centreDemoData: centre.demo_data === 1,
        mustChangePassword: user.must_change_password === 1,
        totpEnabled: user.totp_enabled_at !== null,
        mustEnrolTotp: user.totp_enabled_at === null && totpRequiredFor(await getSecuritySettings(db, user.centre_id), user.role),
      }
      return c.json(await sessionBody(sessionUser, csrfToken, deps), 200)
    })
    .get('/session', async (c) => c.json(await sessionBody(c.get('user'), c.get('csrfToken'), deps, c.get('sessionLocked')), 200))
    .post('/sign-out', async (c) => {
      const user = c.get('user')
      await deleteSession(db, c.get('sessionId'))
      clearSessionCookie(c)
      await recordAudit(db, { centreId: user.centreId, actorUserId: user.id, action: 'auth.sign_out' }, clock.now())
      return c.body(null, 204)
    })
    .post('/password', validate('json', ChangePasswordSchema), async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json')
      const sessionUser = c.get('user')
      const user = await findUserById(db, sessionUser.id)
      if (!user) throw unauthorized()
      if (!(await verifyPassword(user.password_hash, currentPassword))) {
        throw validationFailed([{ path: 'currentPassword', message: 'Det nåværende passordet er feil.' }])
      }
      if (newPassword === currentPassword) {
        throw validationFailed([{ path: 'newPassword', message: 'Det nye passordet må være et annet enn det gamle.' }])
      }
      const now = clock.now()
      const passwordHash = await hashPassword(newPassword)
      await db.transaction().execute(async (trx) => {
        const updated = await updateUser(trx, user.centre_id, user.id, user.version, { passwordHash, mustChangePassword: false }, now)
        if (!updated) throw new AppError(409, 'conflict', 'Brukeren ble endret samtidig. Prøv igjen.')
        // Other devices signed in as this user lose their sessions.
        await deleteUserSessions(trx, user.id, c.get('sessionId'))
        await recordAudit(trx, { centreId: user.centre_id, actorUserId: user.id, action: 'auth.password_changed', targetKind: 'user', targetId: user.id }, now)
      })
      return c.json(await sessionBody({ ...sessionUser, mustChangePassword: false }, c.get('csrfToken'), deps), 200)
    })
}
