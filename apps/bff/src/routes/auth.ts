import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { clientAddressKey } from '../auth/client-address'
import { dummyPasswordHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/password'
import { clearSessionCookie, newToken, readSessionToken, sessionIdFromToken, writeSessionCookie } from '../auth/session-cookie'
import { recordAudit } from '../db/audit'
import { insertSession, deleteSession, deleteUserSessions } from '../db/sessions'
import { clearAccountFailures, countRecentFailures, recordSignInFailure } from '../db/sign-in-failures'
import { findUserById, findUserByUsername, updateUser } from '../db/users'
import { minutesAgo } from '../clock'
import type { AppDeps, AppEnv, SessionUser } from '../deps'
import { AppError, unauthorized } from '../errors'
import { validate, validationFailed } from '../validation'

export const SignInSchema = z.object({
  username: z.string().trim().min(1, 'Skriv brukernavnet ditt.').max(100),
  password: z.string().min(1, 'Skriv passordet ditt.').max(200),
})

export const newPasswordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`)
  .max(200, 'Passordet kan ha høyst 200 tegn.')

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Skriv det nåværende passordet ditt.').max(200),
  newPassword: newPasswordField,
})

const sessionBody = (user: SessionUser, csrfToken: string, deps: AppDeps) => ({
  user,
  csrfToken,
  idleTimeoutMinutes: deps.config.sessionIdleMinutes,
})

export function authRoutes(deps: AppDeps) {
  const { db, clock, config } = deps

  async function startSession(c: Context, userId: string) {
    // A new session id at every sign-in: a token planted before sign-in is worthless after it.
    const previous = readSessionToken(c)
    if (previous) await deleteSession(db, sessionIdFromToken(previous))
    const token = newToken()
    const csrfToken = newToken()
    const now = clock.now()
    await insertSession(db, {
      id: sessionIdFromToken(token),
      userId,
      csrfToken,
      now,
      expiresAt: new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000),
    })
    writeSessionCookie(c, config, token)
    return csrfToken
  }

  return new Hono<AppEnv>()
    .post('/sign-in', validate('json', SignInSchema), async (c) => {
      const { username, password } = c.req.valid('json')
      const accountKey = username.toLowerCase()
      const addressKey = clientAddressKey(c, config.trustProxy)
      const now = clock.now()
      const { windowMinutes, perAccount, perAddress } = config.throttle
      const failures = await countRecentFailures(db, accountKey, addressKey, minutesAgo(clock, windowMinutes))
      const user = await findUserByUsername(db, accountKey)

      if (failures.account >= perAccount || failures.address >= perAddress) {
        const oldest = failures.account >= perAccount ? failures.oldestAccountFailure : failures.oldestAddressFailure
        const retryAt = new Date(oldest ?? now.toISOString()).getTime() + windowMinutes * 60_000
        const minutes = Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000))
        await recordAudit(db, { centreId: user?.centre_id ?? null, actorUserId: null, action: 'auth.sign_in_throttled', targetKind: 'user', ...(user && { targetId: user.id }) }, now)
        throw new AppError(
          429,
          'too_many_attempts',
          `For mange mislykkede innlogginger. Vent ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'} før du prøver igjen.`,
          undefined,
          { 'Retry-After': String(Math.ceil((retryAt - now.getTime()) / 1000)) },
        )
      }

      const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password)
      if (!user || !ok || !user.active) {
        await recordSignInFailure(db, accountKey, addressKey, now)
        if (user) await recordAudit(db, { centreId: user.centre_id, actorUserId: null, action: 'auth.sign_in_failed', targetKind: 'user', targetId: user.id }, now)
        throw new AppError(401, 'invalid_credentials', 'Feil brukernavn eller passord.')
      }

      await clearAccountFailures(db, accountKey)
      const csrfToken = await startSession(c, user.id)
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
      }
      return c.json(sessionBody(sessionUser, csrfToken, deps), 200)
    })
    .get('/session', (c) => c.json(sessionBody(c.get('user'), c.get('csrfToken'), deps), 200))
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
      return c.json(sessionBody({ ...sessionUser, mustChangePassword: false }, c.get('csrfToken'), deps), 200)
    })
}
