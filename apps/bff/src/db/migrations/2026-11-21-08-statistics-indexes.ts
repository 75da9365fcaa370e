import type { Kysely } from 'kysely'

// Frozen. National figures read one year of every centre: an index on the date alone lets
// that be a range scan instead of a scan of twenty years (the centre indexes lead with centre_id).
const dated = [
  ['day_visits', 'visit_date'],
  ['adult_stays', 'stay_start_date'],
  ['child_stays', 'stay_start_date'],
  ['phone_sessions', 'session_date'],
  ['incoming_calls', 'call_date'],
] as const

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, column] of dated) await db.schema.createIndex(`${table}_date_idx`).on(table).column(column).execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const [table] of dated) await db.schema.dropIndex(`${table}_date_idx`).execute()
}
