import { sql, type Kysely } from 'kysely'
import { autoIncrementKey } from '../dialect'

// Frozen: never edit a migration that has shipped; add a new one. (The SQLite DDL is unchanged
// since it shipped; autoIncrementKey only adds PostgreSQL's spelling of the same key, decision 0014.)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('centres')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull().check(sqlIn('role', ['staff', 'leader', 'admin'])))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('users_centre_idx').on('users').column('centre_id').execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute()

  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'integer', autoIncrementKey(db))
    .addColumn('account_key', 'text', (c) => c.notNull())
    .addColumn('address_key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sign_in_failures_account_idx').on('sign_in_failures').columns(['account_key', 'at']).execute()
  await db.schema.createIndex('sign_in_failures_address_idx').on('sign_in_failures').columns(['address_key', 'at']).execute()

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'integer', autoIncrementKey(db))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('centre_id', 'text', (c) => c.references('centres.id'))
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text')
    .addColumn('target_id', 'text')
    .addColumn('details', 'text')
    .execute()
  await db.schema.createIndex('audit_events_centre_at_idx').on('audit_events').columns(['centre_id', 'at']).execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['audit_events', 'sign_in_failures', 'sessions', 'users', 'centres']) {
    await db.schema.dropTable(t).execute()
  }
}

function sqlIn(column: string, values: string[]) {
  // A plain CHECK expression works the same on SQLite and PostgreSQL.
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`)
}
