import { incomingCallForm } from '@ly/forms'
import { sql } from 'kysely'
import type { Db } from './database'

/**
 * Queries of the duty-phone log beyond generic record storage: the day's tally and the user's
 * own latest call (for "undo"). The table and its columns come from the definition.
 */
const table = incomingCallForm.table

export interface CallCountRow {
  inScope: boolean
  callerType: string | null
  calls: number
  crisisCalls: number
}

/** Calls of one day grouped by scope and caller category (crisis calls counted alongside). */
export async function countCallsOfDay(db: Db, centreId: string, date: string, offer?: 'women' | 'men'): Promise<CallCountRow[]> {
  let q = db
    .selectFrom(table)
    .select((eb) => ['in_scope', 'caller_type', eb.fn.countAll<number>().as('calls'), eb.fn.sum<number>(sql`case when is_crisis_call = 1 then 1 else 0 end`).as('crisis_calls')])
    .where('centre_id', '=', centreId)
    .where('call_date', '=', date)
  if (offer) q = q.where('offer', '=', offer)
  const rows = await q.groupBy(['in_scope', 'caller_type']).execute()
  return rows.map((r) => ({ inScope: r.in_scope === 1, callerType: r.caller_type, calls: Number(r.calls), crisisCalls: Number(r.crisis_calls) }))
}

/** The newest call a user registered at or after `since` (ISO timestamp), if any. */
export async function findLatestOwnCall(db: Db, centreId: string, userId: string, since: string) {
  const row = await db
    .selectFrom(table)
    .select(['id', 'version'])
    .where('centre_id', '=', centreId)
    .where('created_by', '=', userId)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? { id: row.id, version: row.version } : undefined
}
