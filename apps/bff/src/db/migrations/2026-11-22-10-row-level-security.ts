import { sql, type Kysely } from 'kysely'
import { isPostgres } from '../dialect'

// Frozen. On PostgreSQL, a second lock behind the queries' own centre filter (decision 0014):
// the registrations and what is written about a centre's year are visible only to work scoped
// to that centre (`ly.centre_id`, set per connection by db/postgres.ts) or to system work ('*').
// FORCE makes the policies bind the tables' owner too — Ly's own role. SQLite has no row-level
// security; there this migration does nothing and the queries' filters stand alone.
const byCentre = ['day_visits', 'adult_stays', 'child_stays', 'phone_sessions', 'incoming_calls', 'centre_years', 'outgoing_call_counts', 'report_comments']
/** Ticked options have no centre column: a row is visible when its record is. */
const byRecord = ['day_visits', 'adult_stays', 'child_stays', 'phone_sessions', 'incoming_calls', 'centre_years'].map((t) => [`${t}_choices`, t] as const)

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return
  // current_setting(…, true) is null where nothing was set (a psql session, say): nothing is visible.
  await sql`create function ly_centre_visible(centre text) returns boolean language sql stable as $$
    select current_setting('ly.centre_id', true) = '*' or centre = current_setting('ly.centre_id', true)
  $$`.execute(db)
  for (const table of byCentre) {
    await protect(db, table)
    await sql`create policy ly_centre on ${sql.table(table)} using (ly_centre_visible(centre_id)) with check (ly_centre_visible(centre_id))`.execute(db)
  }
  for (const [table, parent] of byRecord) {
    await protect(db, table)
    const visible = sql`exists (select 1 from ${sql.table(parent)} r where r.id = record_id)`
    await sql`create policy ly_centre on ${sql.table(table)} using (${visible}) with check (${visible})`.execute(db)
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function protect(db: Kysely<any>, table: string) {
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db)
  await sql`alter table ${sql.table(table)} force row level security`.execute(db)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return
  for (const table of [...byCentre, ...byRecord.map(([t]) => t)]) {
    await sql`drop policy ly_centre on ${sql.table(table)}`.execute(db)
    await sql`alter table ${sql.table(table)} no force row level security`.execute(db)
    await sql`alter table ${sql.table(table)} disable row level security`.execute(db)
  }
  await sql`drop function ly_centre_visible(text)`.execute(db)
}
