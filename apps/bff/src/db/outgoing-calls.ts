import type { Db } from './database'

/**
 * Outgoing calls are counted per day, offer and recipient type (S1:166-168), never logged one by
 * one: Sarpsborg reports only how many there are and to whom, and a count holds nothing personal.
 */
export async function countOutgoingCalls(db: Db, centreId: string, date: string, offer?: 'women' | 'men') {
  let q = db
    .selectFrom('outgoing_call_counts')
    .select((eb) => ['recipient_type', eb.fn.sum<number>('count').as('count')])
    .where('centre_id', '=', centreId)
    .where('call_date', '=', date)
  if (offer) q = q.where('offer', '=', offer)
  const rows = await q.groupBy('recipient_type').execute()
  return new Map(rows.map((r) => [r.recipient_type, Number(r.count)]))
}

/**
 * Adds `delta` (negative to correct a slip) to one count. Inside a transaction; returns the new
 * count, or null when it would fall below zero (nothing is written then). Adding instead of
 * setting means two people counting at once never overwrite each other.
 */
export async function addOutgoingCalls(
  trx: Db,
  key: { centreId: string; offer: 'women' | 'men'; date: string; recipientType: string },
  delta: number,
  userId: string,
  now: Date,
): Promise<number | null> {
  const where = trx
    .selectFrom('outgoing_call_counts')
    .select('count')
    .where('centre_id', '=', key.centreId)
    .where('offer', '=', key.offer)
    .where('call_date', '=', key.date)
    .where('recipient_type', '=', key.recipientType)
  const current = (await where.executeTakeFirst())?.count ?? 0
  const next = current + delta
  if (next < 0) return null
  await trx
    .insertInto('outgoing_call_counts')
    .values({ centre_id: key.centreId, offer: key.offer, call_date: key.date, recipient_type: key.recipientType, count: next, updated_at: now.toISOString(), updated_by: userId })
    .onConflict((oc) => oc.columns(['centre_id', 'offer', 'call_date', 'recipient_type']).doUpdateSet({ count: next, updated_at: now.toISOString(), updated_by: userId }))
    .execute()
  return next
}
