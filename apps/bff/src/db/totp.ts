import type { Db } from './database'

/** Sealed secrets of a user; only the auth module reads them, never an API answer. */
export const findTotpState = (db: Db, userId: string) =>
  db.selectFrom('users').select(['totp_secret', 'totp_pending_secret', 'totp_enabled_at', 'totp_last_step']).where('id', '=', userId).executeTakeFirst()

/**
 * Accepts the code of `step` once: the update applies only when no code of this or a later step
 * was accepted before, so a code seen over someone's shoulder cannot be used again.
 */
export async function acceptTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const res = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

export const setPendingTotpSecret = (db: Db, userId: string, sealed: string) => db.updateTable('users').set({ totp_pending_secret: sealed }).where('id', '=', userId).execute()

/** Makes the confirmed pending secret the user's second factor. */
export async function enableTotp(db: Db, userId: string, sealed: string, step: number, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('users')
    .set((eb) => ({
      totp_secret: sealed,
      totp_pending_secret: null,
      totp_enabled_at: now.toISOString(),
      totp_last_step: step,
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', userId)
    .where('totp_pending_secret', '=', sealed)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

/** An administrator's reset (a lost phone): the user enrols again. Optimistic on `version`. */
export async function resetTotp(db: Db, centreId: string, userId: string, version: number, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('users')
    .set((eb) => ({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null, version: eb('version', '+', 1), updated_at: now.toISOString() }))
    .where('centre_id', '=', centreId)
    .where('id', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}
