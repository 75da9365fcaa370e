import { recordAudit } from './audit'
import type { Db } from './database'

/** The years a centre has finalised, ascending. */
export async function lockedYears(db: Db, centreId: string): Promise<number[]> {
  const rows = await db.selectFrom('year_locks').select('year').where('centre_id', '=', centreId).orderBy('year').execute()
  return rows.map((r) => r.year)
}

export const listYearLocks = (db: Db, centreId: string) =>
  db
    .selectFrom('year_locks')
    .leftJoin('users', 'users.id', 'year_locks.locked_by')
    .select(['year_locks.year', 'year_locks.locked_at', 'users.username as locked_by'])
    .where('year_locks.centre_id', '=', centreId)
    .orderBy('year_locks.year', 'desc')
    .execute()

export const listYearLockEvents = (db: Db, centreId: string) =>
  db
    .selectFrom('year_lock_events')
    .leftJoin('users', 'users.id', 'year_lock_events.user_id')
    .select(['year_lock_events.year', 'year_lock_events.action', 'year_lock_events.reason', 'year_lock_events.at', 'users.username'])
    .where('year_lock_events.centre_id', '=', centreId)
    .orderBy('year_lock_events.id', 'desc')
    .execute()

/** False when the year is already locked. Inside a transaction with its audit event. */
export async function lockYear(db: Db, centreId: string, year: number, userId: string, now: Date): Promise<boolean> {
  const res = await db
    .insertInto('year_locks')
    .values({ centre_id: centreId, year, locked_at: now.toISOString(), locked_by: userId })
    .onConflict((oc) => oc.columns(['centre_id', 'year']).doNothing())
    .executeTakeFirst()
  if (Number(res.numInsertedOrUpdatedRows ?? 0) !== 1) return false
  await db.insertInto('year_lock_events').values({ centre_id: centreId, year, action: 'locked', reason: null, at: now.toISOString(), user_id: userId }).execute()
  return true
}

/** False when the year is not locked. The reason stays in the year's history. */
export async function reopenYear(db: Db, centreId: string, year: number, userId: string, reason: string, now: Date): Promise<boolean> {
  const res = await db.deleteFrom('year_locks').where('centre_id', '=', centreId).where('year', '=', year).executeTakeFirst()
  if (Number(res.numDeletedRows) !== 1) return false
  await db.insertInto('year_lock_events').values({ centre_id: centreId, year, action: 'reopened', reason, at: now.toISOString(), user_id: userId }).execute()
  return true
}

/**
 * A consent withdrawal changed locked years' figures (decision 0022): each year's lock is marked
 * changed, which its report shows, and audited by year only. Inside the write's transaction.
 */
export async function markChangedAfterLock(db: Db, centreId: string, years: readonly number[], userId: string, now: Date): Promise<void> {
  if (years.length === 0) return
  const at = now.toISOString()
  await db
    .updateTable('year_locks')
    .set({ changed_at: at })
    .where('centre_id', '=', centreId)
    .where('year', 'in', [...years])
    .execute()
  for (const year of years) {
    await recordAudit(db, { centreId, actorUserId: userId, action: 'year.changed_after_lock', targetKind: 'year', targetId: String(year), details: { year } }, now)
  }
}

/** When a withdrawal last changed a locked year's figures; null when the year is open or unchanged. */
export async function yearChangedAfterLock(db: Db, centreId: string, year: number): Promise<string | null> {
  const row = await db.selectFrom('year_locks').select('changed_at').where('centre_id', '=', centreId).where('year', '=', year).executeTakeFirst()
  return row?.changed_at ?? null
}
