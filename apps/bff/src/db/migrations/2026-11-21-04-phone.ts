import { sql, type Kysely } from 'kysely'

// Frozen. The columns mirror packages/forms' phone_session and incoming_call definitions at the
// time of writing; the drift test (db/drift.test.ts) fails if the definitions and the migrated
// database part ways. Never import app code here.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

const bool = (column: string) => sql`${sql.ref(column)} in (0, 1)`

function recordTable(db: AnyDb, name: string) {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('offer', 'text', (c) => c.notNull().check(sql`offer in ('women', 'men')`))
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

export async function up(db: AnyDb): Promise<void> {
  // F6: one row per one-to-one conversation by phone or video.
  await recordTable(db, 'phone_sessions')
    // The bare event: kept with or without consent. The confirmation is always 1 (S0:44).
    .addColumn('consent_to_statistics', 'integer', (c) => c.notNull().check(bool('consent_to_statistics')))
    .addColumn('session_date', 'text', (c) => c.notNull())
    .addColumn('case_code', 'text')
    .addColumn('qualifies_as_one_to_one', 'integer', (c) => c.notNull().check(sql`qualifies_as_one_to_one = 1`))
    // Answers: null when not answered, and always null without consent.
    .addColumn('first_session_in_year', 'integer')
    .addColumn('channel', 'text')
    .addColumn('reason_by_phone', 'text')
    .addColumn('sex', 'text')
    .addColumn('first_contact_year', 'integer')
    .addColumn('previous_stays_count', 'integer')
    .execute()
  await db.schema.createIndex('phone_sessions_centre_date_idx').on('phone_sessions').columns(['centre_id', 'session_date']).execute()
  await db.schema.createIndex('phone_sessions_centre_case_idx').on('phone_sessions').columns(['centre_id', 'case_code']).execute()
  await choicesTable(db, 'phone_sessions')

  // F7: one row per incoming call on the duty phone. No consent, no case code, no free text.
  await recordTable(db, 'incoming_calls')
    .addColumn('call_date', 'text', (c) => c.notNull())
    .addColumn('in_scope', 'integer', (c) => c.notNull().check(bool('in_scope')))
    // A key of the centre's caller categories (defaults or `local_…`), validated by the server.
    .addColumn('caller_type', 'text')
    .addColumn('is_crisis_call', 'integer')
    .addColumn('on_behalf_of_self', 'integer')
    .addColumn('call_reason', 'text')
    .addColumn('minority_language_background', 'integer')
    .execute()
  await db.schema.createIndex('incoming_calls_centre_date_idx').on('incoming_calls').columns(['centre_id', 'call_date']).execute()
  // "Undo my last call" looks up a user's newest row.
  await db.schema.createIndex('incoming_calls_creator_idx').on('incoming_calls').columns(['centre_id', 'created_by', 'created_at']).execute()
  // Generic record storage writes a choices table for every form; this one stays empty.
  await choicesTable(db, 'incoming_calls')

  // A centre's changes to an editable option list (caller categories). Rows are never deleted:
  // a retired option keeps its label for the records that hold it.
  await db.schema
    .createTable('centre_options')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('sort_order', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('centre_options_pk', ['centre_id', 'list', 'key'])
    .execute()

  // Outgoing calls are counted, not logged (S1:166-168): one number per day and recipient type.
  await db.schema
    .createTable('outgoing_call_counts')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('offer', 'text', (c) => c.notNull().check(sql`offer in ('women', 'men')`))
    .addColumn('call_date', 'text', (c) => c.notNull())
    .addColumn('recipient_type', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().check(sql`count >= 0`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('outgoing_call_counts_pk', ['centre_id', 'offer', 'call_date', 'recipient_type'])
    .execute()
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('outgoing_call_counts').execute()
  await db.schema.dropTable('centre_options').execute()
  await db.schema.dropTable('incoming_calls_choices').execute()
  await db.schema.dropTable('incoming_calls').execute()
  await db.schema.dropTable('phone_sessions_choices').execute()
  await db.schema.dropTable('phone_sessions').execute()
}
