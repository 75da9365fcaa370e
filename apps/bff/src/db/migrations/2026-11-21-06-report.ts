import { sql, type Kysely } from 'kysely'

// Frozen. Settings per centre (the small-number threshold, decision 8) and the leaders' comments
// on the yearly report, one per centre, year and report section.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('centre_settings')
    .addColumn('centre_id', 'text', (c) => c.primaryKey().references('centres.id'))
    .addColumn('suppression_threshold', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(4)
        .check(sql`suppression_threshold between 1 and 20`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute()

  await db.schema
    .createTable('report_comments')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('section_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) <= 4000`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('report_comments_pk', ['centre_id', 'year', 'section_key'])
    .execute()
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_comments').execute()
  await db.schema.dropTable('centre_settings').execute()
}
