import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { AppConfig } from '../deps'
import { isHttps } from './session-cookie'

/**
 * OWASP's device cookies against aimed lockouts: a browser that signed in successfully gets a
 * cookie naming the user and a random nonce, signed with the server key. Its failed attempts for
 * that user are counted on their own (`device_key`), so failures typed anywhere else never lock
 * it out; browsers without one are throttled per account and per client address (throttle.ts).
 */
export const DEVICE_COOKIE = 'ly_device'
/** How long a browser stays known without signing in again. */
const DEVICE_COOKIE_DAYS = 180

const mac = (config: AppConfig, payload: string) => createHmac('sha256', config.secretKey).update(`device:${payload}`).digest('base64url')

/** The key the browser's failures are counted under, when it holds a valid cookie for this user. */
export function deviceKeyOf(c: Context, config: AppConfig, userId: string | undefined): string | null {
  const value = getCookie(c, DEVICE_COOKIE)
  if (!value || !userId) return null
  const [cookieUser, nonce, signature, ...rest] = value.split('.')
  if (rest.length > 0 || !cookieUser || !nonce || !signature || cookieUser !== userId) return null
  const expected = Buffer.from(mac(config, `${cookieUser}.${nonce}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return createHash('sha256').update(nonce).digest('base64url')
}

/** A new nonce at every successful sign-in, as OWASP advises; one known user per browser. */
export function writeDeviceCookie(c: Context, config: AppConfig, userId: string) {
  const payload = `${userId}.${randomBytes(16).toString('base64url')}`
  setCookie(c, DEVICE_COOKIE, `${payload}.${mac(config, payload)}`, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c, config),
    path: '/api/auth',
    maxAge: DEVICE_COOKIE_DAYS * 24 * 3600,
  })
}
