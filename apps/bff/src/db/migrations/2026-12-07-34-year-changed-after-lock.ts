import type { Kysely } from 'kysely'

// Frozen. Issue 18 point 3: a withdrawal of consent is a right, so it is allowed in a finalised
// (locked) year too (decision 0022). `year_locks.changed_at` is when a withdrawal last changed
// the year's figures after it was locked: the year's report then says so. Reopening deletes the
// lock row and locking again writes a new one, so the mark lasts as long as that lock does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('year_locks').addColumn('changed_at', 'text').execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('year_locks').dropColumn('changed_at').execute()
}
