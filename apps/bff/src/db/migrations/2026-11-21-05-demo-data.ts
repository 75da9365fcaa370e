import type { Kysely } from 'kysely'

// Frozen. A centre filled by `pnpm ly demo` is marked, so the SPA can say on every page that its
// registrations are invented ("Demodata – ikke ekte registreringer") and nobody mistakes them for real ones.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('centres')
    .addColumn('demo_data', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('centres').dropColumn('demo_data').execute()
}
