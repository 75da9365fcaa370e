import { sql, type Kysely } from 'kysely'

// Frozen. The columns mirror packages/forms' day_visit definition at the time of writing; the
// drift test (db/drift.test.ts) fails if the definition and the migrated database part ways.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('day_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    // The bare event: kept with or without consent.
    .addColumn('consent_to_statistics', 'integer', (c) => c.notNull().check(sql`consent_to_statistics in (0, 1)`))
    .addColumn('offer', 'text', (c) => c.notNull().check(sql`offer in ('women', 'men')`))
    .addColumn('visit_date', 'text', (c) => c.notNull())
    .addColumn('case_code', 'text')
    // Answers: null when not answered, and always null without consent.
    .addColumn('visit_location', 'text')
    .addColumn('first_visit_in_year', 'integer')
    .addColumn('sex', 'text')
    .addColumn('age', 'integer')
    .addColumn('civil_status', 'text')
    .addColumn('parents_born_abroad', 'text')
    .addColumn('impairment_other_text', 'text')
    .addColumn('municipality_affiliation', 'text')
    .addColumn('interpreter', 'text')
    .addColumn('interpreter_reason_text', 'text')
    .addColumn('children_under_18_in_household', 'integer')
    .addColumn('brought_children', 'integer')
    .addColumn('children_brought_count', 'integer')
    .addColumn('concern_report_to_child_welfare', 'integer')
    .addColumn('contact_route', 'text')
    .addColumn('contact_route_other_text', 'text')
    .addColumn('first_contact_year', 'integer')
    .addColumn('previous_stays_count', 'integer')
    .addColumn('violence_other_text', 'text')
    .addColumn('perpetrator_count', 'text')
    .addColumn('assistance_other_text', 'text')
    .execute()
  await db.schema.createIndex('day_visits_centre_date_idx').on('day_visits').columns(['centre_id', 'visit_date']).execute()
  await db.schema.createIndex('day_visits_centre_case_idx').on('day_visits').columns(['centre_id', 'case_code']).execute()

  await db.schema
    .createTable('day_visits_choices')
    .addColumn('record_id', 'text', (c) => c.notNull().references('day_visits.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('day_visits_choices_pk', ['record_id', 'field', 'category'])
    .execute()
  await db.schema.createIndex('day_visits_choices_field_idx').on('day_visits_choices').columns(['field', 'category']).execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('day_visits_choices').execute()
  await db.schema.dropTable('day_visits').execute()
}
