import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppConfig } from '../deps'

export const SESSION_COOKIE = 'ly_session'

export const newToken = () => randomBytes(32).toString('base64url')

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url')

/** The database keeps only this digest of the cookie's token. */
export const sessionIdFromToken = sha256

/**
 * The CSRF token of a session, derived from the cookie's token under the server key: the SPA
 * learns it again after a reload (GET /api/auth/session) although the database keeps only its
 * digest (`csrfTokenHash`), so a copy of the sessions table cannot forge requests.
 */
export const csrfTokenFor = (config: AppConfig, sessionToken: string) => createHmac('sha256', config.secretKey).update(`csrf:${sessionToken}`).digest('base64url')

export const csrfTokenHash = sha256

/** Compares a sent CSRF token with the stored digest in constant time (digests have one length). */
export function csrfTokenMatches(given: string | undefined, storedHash: string): boolean {
  if (!given) return false
  const a = Buffer.from(csrfTokenHash(given))
  const b = Buffer.from(storedHash)
  return a.length === b.length && timingSafeEqual(a, b)
}

export const readSessionToken = (c: Context) => getCookie(c, SESSION_COOKIE)

export function isHttps(c: Context, config: AppConfig): boolean {
  if (config.secureCookies !== 'auto') return config.secureCookies === 'always'
  if (config.trustProxy > 0 && c.req.header('x-forwarded-proto') === 'https') return true
  return new URL(c.req.url).protocol === 'https:'
}

export function writeSessionCookie(c: Context, config: AppConfig, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c, config),
    path: '/',
    maxAge: config.sessionAbsoluteHours * 3600,
  })
}

export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, { path: '/' })
