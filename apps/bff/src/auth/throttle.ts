import { createHmac } from 'node:crypto'
import type { Context } from 'hono'
import { minutesAgo } from '../clock'
import { recordAudit, type AuditAction } from '../db/audit'
import { clearFailures, releaseAttempt, reserveAttempt, type AttemptKeys } from '../db/sign-in-failures'
import type { AppDeps } from '../deps'
import { AppError } from '../errors'
import { clientAddressKey } from './client-address'
import { deviceKeyOf } from './device-cookie'

/**
 * One budget of failed attempts shared by everything that checks a secret: the password at
 * sign-in, a TOTP code (at sign-in and enrolment) and the password that unlocks the screen.
 * Alternating between them does not buy more guesses. A browser with a valid device cookie has
 * a budget of its own; others share one per account and one per client address.
 */
export type Attempt = AttemptKeys

/** The name as the user list compares it, and as the throttle counts it. */
export const normaliseUsername = (username: string) => username.normalize('NFKC').trim().toLowerCase()

/** What was typed as a user name is never stored: only this keyed hash of it (it may be a password). */
export const accountKeyOf = (secretKey: Buffer, username: string) =>
  createHmac('sha256', secretKey)
    .update(`account:${normaliseUsername(username)}`)
    .digest('base64url')

export const attemptOf = (c: Context, deps: AppDeps, username: string, userId: string | undefined): Attempt => ({
  accountKey: accountKeyOf(deps.config.secretKey, username),
  addressKey: clientAddressKey(c, deps.config.trustProxy),
  deviceKey: deviceKeyOf(c, deps.config, userId),
})

export interface ThrottleAudit {
  centreId: string | null
  userId?: string
  action: AuditAction
}

/**
 * Runs `check` (the slow comparison) under a reserved attempt, or throws 429 with the minutes to
 * wait when the budget is spent. The reservation stays as a failure when `isFailure` says so and
 * is released otherwise — after a success, and after any error thrown on the way.
 */
export async function checkAttempt<T>(
  deps: AppDeps,
  attempt: Attempt,
  audit: ThrottleAudit,
  check: () => Promise<T>,
  isFailure: (result: T) => boolean,
  noun = 'forsøk',
): Promise<T> {
  const { db, clock } = deps
  const { windowMinutes, perAccount, perAddress } = deps.config.throttle
  const now = clock.now()
  const reservation = await reserveAttempt(db, attempt, { since: minutesAgo(clock, windowMinutes), perAccount, perAddress, perDevice: perAccount }, now)
  if (!reservation.reserved) {
    const retryAt = new Date(reservation.oldest ?? now.toISOString()).getTime() + windowMinutes * 60_000
    const minutes = Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000))
    await recordAudit(db, { centreId: audit.centreId, actorUserId: null, action: audit.action, targetKind: 'user', ...(audit.userId && { targetId: audit.userId }) }, now)
    throw new AppError(429, 'too_many_attempts', `For mange mislykkede ${noun}. Vent ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'} før du prøver igjen.`, undefined, {
      'Retry-After': String(Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000))),
    })
  }
  let result: T
  try {
    result = await check()
  } catch (err) {
    await releaseAttempt(db, reservation.id)
    throw err
  }
  if (!isFailure(result)) await releaseAttempt(db, reservation.id)
  return result
}

/** After a success: this channel's earlier failures are forgotten (db/sign-in-failures.ts). */
export const clearAttemptFailures = (deps: AppDeps, attempt: Attempt) => clearFailures(deps.db, attempt)
