import { sql, type CreateTableBuilder, type Kysely } from 'kysely'

// Frozen. The columns mirror packages/forms' adult_stay and child_stay definitions at the time of
// writing; the drift test (db/drift.test.ts) fails if a definition and the database part ways.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>
type TableBuilder = CreateTableBuilder<string, string>

/** Columns every registration table has, then the bare event of a stay (kept without consent). */
function stayTable(db: AnyDb, table: string): TableBuilder {
  return (
    db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.references('users.id'))
      .addColumn('consent_to_statistics', 'integer', (c) => c.notNull().check(sql`consent_to_statistics in (0, 1)`))
      .addColumn('offer', 'text', (c) => c.notNull().check(sql`offer in ('women', 'men')`))
      .addColumn('stay_start_date', 'text', (c) => c.notNull())
      .addColumn('stay_end_date', 'text')
      .addColumn('case_code', 'text')
      // ISO dates compare as text; the last line of defence behind the schema's own rule.
      .addCheckConstraint(`${table}_dates_ck`, sql`stay_end_date is null or stay_end_date >= stay_start_date`)
  )
}

async function choicesTable(db: AnyDb, table: string) {
  await db.schema
    .createTable(`${table}_choices`)
    .addColumn('record_id', 'text', (c) => c.notNull().references(`${table}.id`).onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_choices_pk`, ['record_id', 'field', 'category'])
    .execute()
  await db.schema.createIndex(`${table}_choices_field_idx`).on(`${table}_choices`).columns(['field', 'category']).execute()
}

async function stayIndexes(db: AnyDb, table: string) {
  await db.schema.createIndex(`${table}_centre_start_idx`).on(table).columns(['centre_id', 'stay_start_date']).execute()
  // "Nå på senteret" reads the open stays (end date null) of a centre.
  await db.schema.createIndex(`${table}_centre_end_idx`).on(table).columns(['centre_id', 'stay_end_date']).execute()
  await db.schema.createIndex(`${table}_centre_case_idx`).on(table).columns(['centre_id', 'case_code']).execute()
}

export async function up(db: AnyDb): Promise<void> {
  await stayTable(db, 'adult_stays')
    // Answers: null when not answered, and always null without consent.
    .addColumn('first_stay_in_year', 'integer')
    .addColumn('sex', 'text')
    .addColumn('age', 'integer')
    .addColumn('civil_status', 'text')
    .addColumn('parents_born_abroad', 'text')
    .addColumn('impairment_other_text', 'text')
    .addColumn('municipality_affiliation', 'text')
    .addColumn('interpreter', 'text')
    .addColumn('interpreter_reason_text', 'text')
    .addColumn('previous_stays_count', 'integer')
    .addColumn('brought_children', 'integer')
    .addColumn('children_brought_count', 'integer')
    .addColumn('contact_route', 'text')
    .addColumn('contact_route_other_text', 'text')
    .addColumn('violence_other_text', 'text')
    .addColumn('violence_duration', 'text')
    .addColumn('perpetrator_parents_born_abroad', 'text')
    .addColumn('perpetrator_count', 'text')
    .addColumn('rosa_case', 'integer')
    .addColumn('has_pet', 'integer')
    .addColumn('delayed_help_due_to_pet', 'integer')
    .addColumn('assistance_other_text', 'text')
    .addColumn('individual_plan', 'integer')
    .addColumn('police_report', 'text')
    .addColumn('no_report_reason_text', 'text')
    .addColumn('destination_after_stay', 'text')
    .addColumn('destination_other_text', 'text')
    .execute()
  await stayIndexes(db, 'adult_stays')
  await choicesTable(db, 'adult_stays')

  await stayTable(db, 'child_stays')
    // No ON DELETE: the database refuses to orphan a child; the BFF deletes children explicitly.
    .addColumn('adult_stay_id', 'text', (c) => c.notNull().references('adult_stays.id'))
    .addColumn('first_stay_in_year', 'integer')
    .addColumn('sex', 'text')
    .addColumn('age', 'integer')
    .addColumn('parents_born_abroad', 'text')
    .addColumn('previous_stays_count', 'integer')
    .addColumn('impairment_other_text', 'text')
    .addColumn('daycare_school_status', 'text')
    .addColumn('organised_leisure', 'integer')
    .addColumn('child_welfare_already_involved', 'integer')
    .addColumn('contact_with_perpetrator_during_stay', 'integer')
    .addColumn('daycare_school_continued', 'text')
    .addColumn('discontinuation_reason_text', 'text')
    .addColumn('organised_leisure_continued', 'text')
    .addColumn('child_welfare_contact_established', 'integer')
    .addColumn('concern_report_sent', 'integer')
    .addColumn('destination_after_stay', 'text')
    .addColumn('destination_other_text', 'text')
    .execute()
  await stayIndexes(db, 'child_stays')
  await db.schema.createIndex('child_stays_adult_idx').on('child_stays').column('adult_stay_id').execute()
  await choicesTable(db, 'child_stays')
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('child_stays_choices').execute()
  await db.schema.dropTable('child_stays').execute()
  await db.schema.dropTable('adult_stays_choices').execute()
  await db.schema.dropTable('adult_stays').execute()
}
