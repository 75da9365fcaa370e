import type { Kysely } from 'kysely'

// Frozen. What sign-in keeps at rest (issue 19 points 1, 2 and 7; issue 18 point 4):
//
// - `sessions.csrf_token` held the CSRF token as sent, so anyone who read the table (a backup,
//   a copy) could forge requests for live sessions. The column becomes `csrf_token_hash`, a
//   SHA-256 digest like the session id. A migration cannot hash in SQL on SQLite, and the rows
//   are only live sessions: they are deleted, and everyone signs in once more after the upgrade.
// - `sign_in_failures.account_key` held whatever was typed as a user name (seen: national ID
//   numbers, passwords, e-mail addresses). It now holds an HMAC of the normalised name under the
//   server key, which a migration does not have (it never reads app code or the environment):
//   the old rows are deleted. They only count for the throttle window (15 minutes by default),
//   so at worst an attacker mid-attack gets one fresh window at the upgrade.
// - `sign_in_failures.device_key` (null for browsers without a valid device cookie): the
//   failures of a browser that signed in before are counted on their own (OWASP's device
//   cookies), so nobody else's failures lock it out.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('sessions').execute()
  await db.schema.alterTable('sessions').renameColumn('csrf_token', 'csrf_token_hash').execute()

  await db.deleteFrom('sign_in_failures').execute()
  await db.schema.alterTable('sign_in_failures').addColumn('device_key', 'text').execute()
  await db.schema.createIndex('sign_in_failures_device_idx').on('sign_in_failures').columns(['device_key', 'at']).execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sign_in_failures_device_idx').execute()
  await db.schema.alterTable('sign_in_failures').dropColumn('device_key').execute()
  await db.deleteFrom('sessions').execute()
  await db.schema.alterTable('sessions').renameColumn('csrf_token_hash', 'csrf_token').execute()
}
