import type { Context } from 'hono'
import { minutesAgo } from '../clock'
import { recordAudit, type AuditAction } from '../db/audit'
import { countRecentFailures, recordSignInFailure } from '../db/sign-in-failures'
import type { AppDeps } from '../deps'
import { AppError } from '../errors'
import { clientAddressKey } from './client-address'

/**
 * One budget of failed attempts per account and per address, shared by everything that checks a
 * secret: the password at sign-in, a TOTP code (at sign-in and enrolment) and the password that
 * unlocks the screen. Alternating between them does not buy more guesses.
 */
export interface Attempt {
  /** Lower-cased user name, as typed at sign-in. */
  accountKey: string
  addressKey: string
}

export const attemptOf = (c: Context, deps: AppDeps, username: string): Attempt => ({
  accountKey: username.toLowerCase(),
  addressKey: clientAddressKey(c, deps.config.trustProxy),
})

export interface ThrottleAudit {
  centreId: string | null
  userId?: string
  action: AuditAction
}

/** Throws 429 with the minutes to wait when the account or the address used up its budget. */
export async function assertNotThrottled(deps: AppDeps, attempt: Attempt, audit: ThrottleAudit, noun = 'forsøk'): Promise<void> {
  const { db, clock } = deps
  const { windowMinutes, perAccount, perAddress } = deps.config.throttle
  const now = clock.now()
  const failures = await countRecentFailures(db, attempt.accountKey, attempt.addressKey, minutesAgo(clock, windowMinutes))
  if (failures.account < perAccount && failures.address < perAddress) return
  const oldest = failures.account >= perAccount ? failures.oldestAccountFailure : failures.oldestAddressFailure
  const retryAt = new Date(oldest ?? now.toISOString()).getTime() + windowMinutes * 60_000
  const minutes = Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000))
  await recordAudit(db, { centreId: audit.centreId, actorUserId: null, action: audit.action, targetKind: 'user', ...(audit.userId && { targetId: audit.userId }) }, now)
  throw new AppError(
    429,
    'too_many_attempts',
    `For mange mislykkede ${noun}. Vent ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'} før du prøver igjen.`,
    undefined,
    { 'Retry-After': String(Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000))) },
  )
}

export const recordFailedAttempt = (deps: AppDeps, attempt: Attempt) => recordSignInFailure(deps.db, attempt.accountKey, attempt.addressKey, deps.clock.now())
