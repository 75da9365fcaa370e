import { createMiddleware } from 'hono/factory'
import { clearSessionCookie, csrfTokenFor, csrfTokenMatches, readSessionToken, sessionIdFromToken } from '../auth/session-cookie'
import { openCentreScope } from '../db/scope'
import { totpRequiredFor } from '../db/security-settings'
import { deleteSession, findSessionWithUser, touchSession } from '../db/sessions'
import type { AppDeps, AppEnv } from '../deps'
import { AppError, unauthorized } from '../errors'

/** Routes under /api that answer without a session. Everything else answers 401 without one. */
// The capacity feed answers to its own access token (routes/capacity.ts), never a session.
const PUBLIC_ROUTES = new Set(['GET /api/health', 'POST /api/auth/sign-in', 'GET /api/capacity'])
/** Routes a user who must change password may still use. */
const PASSWORD_CHANGE_ROUTES = new Set(['GET /api/auth/session', 'POST /api/auth/password', 'POST /api/auth/sign-out'])
/** Routes that answer while the screen is locked: nothing that shows or changes records. */
const LOCKED_ROUTES = new Set(['GET /api/auth/session', 'POST /api/auth/unlock', 'POST /api/auth/sign-out'])
/** Routes a user who must set up two-factor sign-in may still use (like a password change). */
const TOTP_ENROL_ROUTES = new Set([...LOCKED_ROUTES, 'POST /api/auth/lock', 'GET /api/auth/totp', 'POST /api/auth/totp/enrolment', 'POST /api/auth/totp/enrolment/confirm'])
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
// Writing last_seen_at on every request would turn each read into a write; every 10 s keeps the
// idle limit to within 10 s (a session idle for its limit minus 10 s may have been seen since).
const TOUCH_INTERVAL_MS = 10_000

export function sessionGate(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const route = `${c.req.method} ${c.req.path.replace(/\/+$/, '')}`
    if (!SAFE_METHODS.has(c.req.method) && c.req.header('sec-fetch-site') === 'cross-site') {
      throw new AppError(403, 'cross_site', 'Forespørsler fra andre nettsteder er ikke tillatt.')
    }
    if (PUBLIC_ROUTES.has(route)) return next()

    const token = readSessionToken(c)
    if (!token) throw unauthorized()
    const id = sessionIdFromToken(token)
    const row = await findSessionWithUser(deps.db, id)
    if (!row) {
      clearSessionCookie(c)
      throw unauthorized()
    }
    const now = deps.clock.now()
    const idleLimit = new Date(row.last_seen_at).getTime() + deps.config.sessionIdleMinutes * 60_000
    if (now.toISOString() >= row.expires_at || now.getTime() >= idleLimit || !row.active) {
      await deleteSession(deps.db, id)
      clearSessionCookie(c)
      throw new AppError(401, 'session_expired', 'Økten er utløpt. Logg inn på nytt.')
    }
    if (!SAFE_METHODS.has(c.req.method) && !csrfTokenMatches(c.req.header('x-csrf-token'), row.csrf_token_hash)) {
      throw new AppError(403, 'csrf', 'Forespørselen mangler gyldig sikkerhetsnøkkel. Last siden på nytt.')
    }
    if (row.locked_at && !LOCKED_ROUTES.has(route)) {
      throw new AppError(403, 'session_locked', 'Skjermen er låst. Skriv passordet ditt for å fortsette.')
    }
    if (row.must_change_password && !PASSWORD_CHANGE_ROUTES.has(route)) {
      throw new AppError(403, 'password_change_required', 'Du må bytte passord før du kan fortsette.')
    }
    const mustEnrolTotp = row.totp_enabled_at === null && totpRequiredFor({ requireTotp: row.require_totp === 1 }, row.role)
    if (mustEnrolTotp && !row.must_change_password && !TOTP_ENROL_ROUTES.has(route)) {
      throw new AppError(403, 'totp_enrolment_required', 'Du må sette opp tofaktor-innlogging før du kan fortsette.')
    }
    // A locked screen does not keep the session alive: it still ends after the idle time.
    if (!row.locked_at && now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) await touchSession(deps.db, id, now)

    c.set('sessionId', id)
    c.set('csrfToken', csrfTokenFor(deps.config, token))
    c.set('user', {
      id: row.user_id,
      username: row.username,
      role: row.role,
      centreId: row.centre_id,
      centreName: row.centre_name,
      centreDemoData: row.centre_demo_data === 1,
      mustChangePassword: row.must_change_password === 1,
      totpEnabled: row.totp_enabled_at !== null,
      mustEnrolTotp,
    })
    c.set('sessionLocked', row.locked_at !== null)
    openCentreScope(row.centre_id)
    return next()
  })
}
