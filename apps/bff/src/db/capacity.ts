import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Db } from './database'

/** A centre's offer as the free-places list shows it: counts only (issue 22 §3). */
export interface CapacityRow {
  centreId: string
  centreName: string
  offer: 'women' | 'men'
  /** The annual form's places; null when the centre has not given them. */
  places: number | null
  /** Adults and children living there now. */
  occupied: number
  /** Places minus those living there, never below 0 (an extra bed is not a free place). */
  free: number | null
  updatedAt: string
}

const freeOf = (places: number | null, occupied: number) => (places === null ? null : Math.max(0, places - occupied))

function capacityQuery(db: Db) {
  return db
    .selectFrom('capacity_status as s')
    .innerJoin('centres as c', 'c.id', 's.centre_id')
    .select(['s.centre_id', 'c.name', 's.offer', 's.adults', 's.children', 's.places', 's.updated_at'])
    .orderBy('c.name')
    .orderBy('s.offer', 'desc')
}

const toRow = (r: { centre_id: string; name: string; offer: 'women' | 'men'; adults: number; children: number; places: number | null; updated_at: string }): CapacityRow => {
  const occupied = Number(r.adults) + Number(r.children)
  const places = r.places === null ? null : Number(r.places)
  return { centreId: r.centre_id, centreName: r.name, offer: r.offer, places, occupied, free: freeOf(places, occupied), updatedAt: r.updated_at }
}

/** One centre's own counts, per offer (nothing is shared by reading them). */
export const centreCapacity = async (db: Db, centreId: string) => (await capacityQuery(db).where('s.centre_id', '=', centreId).execute()).map(toRow)

/** Every centre that shares its free places, and only those. */
export const sharedCapacity = async (db: Db) =>
  (await capacityQuery(db).innerJoin('capacity_sharing as sh', 'sh.centre_id', 's.centre_id').where('sh.shared', '=', 1).execute()).map(toRow)

export async function isSharing(db: Db, centreId: string): Promise<boolean> {
  const row = await db.selectFrom('capacity_sharing').select('shared').where('centre_id', '=', centreId).executeTakeFirst()
  return row?.shared === 1
}

export async function setSharing(db: Db, centreId: string, shared: boolean, userId: string, now: Date): Promise<void> {
  const values = { shared: shared ? 1 : 0, updated_at: now.toISOString(), updated_by: userId }
  await db
    .insertInto('capacity_sharing')
    .values({ centre_id: centreId, ...values })
    .onConflict((oc) => oc.column('centre_id').doUpdateSet(values))
    .execute()
}

/** Only a SHA-256 of a feed token is kept: a copy of the database opens no feed. */
export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** A new feed token (shown once) and its row. */
export async function createFeedToken(db: Db, centreId: string, label: string, userId: string, now: Date) {
  const token = `lyk_${randomBytes(32).toString('base64url')}`
  const id = randomUUID()
  await db
    .insertInto('capacity_tokens')
    .values({ id, centre_id: centreId, token_hash: hashFeedToken(token), label, created_at: now.toISOString(), created_by: userId, last_used_at: null, revoked_at: null })
    .execute()
  return { id, token }
}

export const listFeedTokens = (db: Db, centreId: string) =>
  db
    .selectFrom('capacity_tokens as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .select(['t.id', 't.label', 't.created_at', 't.last_used_at', 't.revoked_at', 'u.username as created_by_username'])
    .where('t.centre_id', '=', centreId)
    .orderBy('t.created_at', 'desc')
    .execute()

/** Revokes a centre's token; false when it is not the centre's or already revoked. */
export async function revokeFeedToken(db: Db, centreId: string, id: string, now: Date): Promise<boolean> {
  // Looked up first, so an unknown id writes nothing at all (not even an update of no rows).
  const live = await db.selectFrom('capacity_tokens').select('id').where('id', '=', id).where('centre_id', '=', centreId).where('revoked_at', 'is', null).executeTakeFirst()
  if (!live) return false
  const result = await db
    .updateTable('capacity_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('centre_id', '=', centreId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The live token with this value, marked as used; undefined for an unknown or revoked one. */
export async function useFeedToken(db: Db, token: string, now: Date) {
  const row = await db.selectFrom('capacity_tokens').select(['id', 'centre_id']).where('token_hash', '=', hashFeedToken(token)).where('revoked_at', 'is', null).executeTakeFirst()
  if (row) await db.updateTable('capacity_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute()
  return row
}
