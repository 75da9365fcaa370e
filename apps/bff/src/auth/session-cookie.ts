import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppConfig } from '../deps'

export const SESSION_COOKIE = 'ly_session'

export const newToken = () => randomBytes(32).toString('base64url')

/** The database keeps only this digest of the cookie's token. */
export const sessionIdFromToken = (token: string) => createHash('sha256').update(token).digest('base64url')

export const readSessionToken = (c: Context) => getCookie(c, SESSION_COOKIE)

function isHttps(c: Context, config: AppConfig): boolean {
  if (config.secureCookies !== 'auto') return config.secureCookies === 'always'
  if (config.trustProxy && c.req.header('x-forwarded-proto') === 'https') return true
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
