import { sql } from 'kysely'
import type { Db } from './database'
import { isPostgres } from './dialect'

/** Who an attempt counts against: a known browser on its own, or else the account and the address. */
export interface AttemptKeys {
  accountKey: string
  addressKey: string
  /** Set when the browser holds a valid device cookie for the account (auth/device-cookie.ts). */
  deviceKey: string | null
}

export interface AttemptLimits {
  since: string
  perAccount: number
  perAddress: number
  /** A known browser's own budget. */
  perDevice: number
}

export type Reservation = { reserved: true; id: number } | { reserved: false; oldest: string | null }

// Any fixed pair apart from the centre locks of db/postgres.ts (class 0x4c79).
const THROTTLE_LOCK = sql`select pg_advisory_xact_lock(${0x4c7a}, 0)`

/**
 * Counts the failures in the window and, when the budget allows, inserts this attempt as a
 * pending failure — in one transaction, before the slow password hash runs, so requests in
 * flight count each other. The row stays as the failure unless the attempt succeeds
 * (`releaseAttempt`). SQLite runs one transaction at a time on Ly's connection; PostgreSQL
 * transactions first take one advisory lock (held for two short statements).
 */
export function reserveAttempt(db: Db, keys: AttemptKeys, limits: AttemptLimits, now: Date): Promise<Reservation> {
  return db.transaction().execute(async (trx) => {
    if (isPostgres(trx)) await THROTTLE_LOCK.execute(trx)
    const count = (column: 'device_key' | 'account_key' | 'address_key', value: string, untrustedOnly: boolean) => {
      let q = trx
        .selectFrom('sign_in_failures')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
        .where(column, '=', value)
        .where('at', '>', limits.since)
      if (untrustedOnly) q = q.where('device_key', 'is', null)
      return q.executeTakeFirstOrThrow().then((r) => ({ n: Number(r.n), oldest: (r.oldest as string | null) ?? null }))
    }
    const budgets = keys.deviceKey
      ? [{ ...(await count('device_key', keys.deviceKey, false)), limit: limits.perDevice }]
      : [
          { ...(await count('account_key', keys.accountKey, true)), limit: limits.perAccount },
          { ...(await count('address_key', keys.addressKey, true)), limit: limits.perAddress },
        ]
    const spent = budgets.find((b) => b.n >= b.limit)
    if (spent) return { reserved: false, oldest: spent.oldest }
    const row = await trx
      .insertInto('sign_in_failures')
      .values({ account_key: keys.accountKey, address_key: keys.addressKey, device_key: keys.deviceKey, at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { reserved: true, id: Number(row.id) }
  })
}

export const releaseAttempt = (db: Db, id: number) => db.deleteFrom('sign_in_failures').where('id', '=', id).execute()

/**
 * After a success: the failures of the same channel are forgotten — a known browser's own, or
 * the account's from unknown browsers — never those of a browser the attacker holds.
 */
export function clearFailures(db: Db, keys: AttemptKeys) {
  const q = db.deleteFrom('sign_in_failures')
  return (keys.deviceKey ? q.where('device_key', '=', keys.deviceKey) : q.where('account_key', '=', keys.accountKey).where('device_key', 'is', null)).execute()
}

export const deleteFailuresBefore = (db: Db, before: string) => db.deleteFrom('sign_in_failures').where('at', '<', before).execute()
