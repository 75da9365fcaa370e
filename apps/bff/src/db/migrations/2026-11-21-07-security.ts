import { sql, type Kysely } from 'kysely'
import { autoIncrementKey } from '../dialect'

// Frozen. Trust features (docs/security.md): optional TOTP two-factor sign-in, the screen lock,
// per-centre security settings (two-factor requirement, idle lock, case-code retention) and the
// year lock with its reopen history.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Secrets are AES-256-GCM ciphertext under the server's key, never plain base32.
  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute()
  await db.schema.alterTable('users').addColumn('totp_enabled_at', 'text').execute()
  // The time step of the last accepted code: a code is never accepted twice.
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute()
  // A secret shown during enrolment, until the user confirms it with a code.
  await db.schema.alterTable('users').addColumn('totp_pending_secret', 'text').execute()

  await db.schema.alterTable('sessions').addColumn('locked_at', 'text').execute()

  await db.schema
    .createTable('security_settings')
    .addColumn('centre_id', 'text', (c) => c.primaryKey().references('centres.id'))
    .addColumn('require_totp', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`require_totp in (0, 1)`),
    )
    .addColumn('idle_lock_minutes', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(5)
        .check(sql`idle_lock_minutes between 1 and 60`),
    )
    .addColumn('retention_months', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(24)
        .check(sql`retention_months between 6 and 120`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute()

  await db.schema
    .createTable('year_locks')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('locked_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('year_locks_pk', ['centre_id', 'year'])
    .execute()

  await db.schema
    .createTable('year_lock_events')
    .addColumn('id', 'integer', autoIncrementKey(db))
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('locked', 'reopened')`))
    .addColumn('reason', 'text', (c) => c.check(sql`reason is null or length(reason) <= 500`))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .execute()
  await db.schema.createIndex('year_lock_events_centre_year_idx').on('year_lock_events').columns(['centre_id', 'year']).execute()
  // The audit view filters by actor and action within a centre.
  await db.schema.createIndex('audit_events_centre_actor_idx').on('audit_events').columns(['centre_id', 'actor_user_id']).execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_events_centre_actor_idx').execute()
  await db.schema.dropTable('year_lock_events').execute()
  await db.schema.dropTable('year_locks').execute()
  await db.schema.dropTable('security_settings').execute()
  await db.schema.alterTable('sessions').dropColumn('locked_at').execute()
  for (const column of ['totp_pending_secret', 'totp_last_step', 'totp_enabled_at', 'totp_secret']) {
    await db.schema.alterTable('users').dropColumn(column).execute()
  }
}
