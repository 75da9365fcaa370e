import { sql, type Kysely } from 'kysely'
import { isPostgres } from '../dialect'

// Frozen. Issue 21 §2: a leader who has checked a Kvalitetskontroll finding and knows the record
// is right marks it «Sjekket – riktig» with a short reason (screened free text). One mark per
// centre, rule and record; `record_version` is the record's version when it was marked, so a
// later change of the record asks for a new look. The record id has no foreign key: records of
// five forms are marked here, and a deleted record's mark simply matches nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('quality_checked')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('record_version', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('checked_by', 'text', (c) => c.references('users.id'))
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quality_checked_pk', ['centre_id', 'rule', 'record_id'])
    .execute()
  if (!isPostgres(db)) return
  // Visible only to work scoped to the centre, like its registrations (migration 10).
  await sql`alter table quality_checked enable row level security`.execute(db)
  await sql`alter table quality_checked force row level security`.execute(db)
  await sql`create policy ly_centre on quality_checked using (ly_centre_visible(centre_id)) with check (ly_centre_visible(centre_id))`.execute(db)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('quality_checked').execute()
}
