import { sql, type Kysely } from 'kysely'

// Frozen. The columns mirror packages/forms' centre_year definition (the annual centre form,
// data-dictionary §6) at the time of writing; the drift test (db/drift.test.ts) fails if the
// definition and the migrated database part ways. Never import app code here.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

const bool = (column: string) => sql`${sql.ref(column)} is null or ${sql.ref(column)} in (0, 1)`

const texts = [
  'organisation_form',
  'organisation_form_other_text',
  'round_the_clock_staffing',
  'residential_offer_full',
  'mens_offer_location',
  'mens_offer_location_text',
  'premises_suitable',
  'residents_offers_other_text',
  'children_offers_other_text',
  'day_user_offers_other_text',
  'relatives_offers_other_text',
  'security_measures_other_text',
  'outreach_other_text',
  'participates_in_municipal_fora_text',
]
const integers = ['user_facing_fte', 'staff_count', 'staff_education', 'fixed_beds', 'longest_travel_km', 'municipality_funding']
const booleans = [
  'pets_offer',
  'police_assessed_buildings_security',
  'police_assessment_written',
  'has_feedback_routines',
  'has_website',
  'website_adapted_visually_impaired',
  'website_other_languages',
  'child_responsible_staff',
  'competence_plan',
  'external_supervision_routines',
  'participates_in_municipal_fora',
  'internal_control_conducted',
]

export async function up(db: AnyDb): Promise<void> {
  // One row per centre, offer and year: the centre's own answers, no person behind them.
  let table = db.schema
    .createTable('centre_years')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('offer', 'text', (c) => c.notNull().check(sql`offer in ('women', 'men')`))
    // The year the answers are about: the form's date field (a year, not a date).
    .addColumn('report_year', 'integer', (c) => c.notNull().check(sql`report_year between 2010 and 2100`))
  for (const column of texts) table = table.addColumn(column, 'text')
  for (const column of integers) table = table.addColumn(column, 'integer', (c) => c.check(sql`${sql.ref(column)} is null or ${sql.ref(column)} >= 0`))
  for (const column of booleans) table = table.addColumn(column, 'integer', (c) => c.check(bool(column)))
  await table.execute()
  // The form is answered once a year per offer; the routes say so in words, this makes it so.
  await db.schema.createIndex('centre_years_offer_year_unique').on('centre_years').columns(['centre_id', 'offer', 'report_year']).unique().execute()

  await db.schema
    .createTable('centre_years_choices')
    .addColumn('record_id', 'text', (c) => c.notNull().references('centre_years.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('centre_years_choices_pk', ['record_id', 'field', 'category'])
    .execute()
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('centre_years_choices').execute()
  await db.schema.dropTable('centre_years').execute()
}
