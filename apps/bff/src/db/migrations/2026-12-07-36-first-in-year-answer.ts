import { sql, type Kysely } from 'kysely'

// Frozen. Issue 17 point 5, decision 0037: «første gang i år» becomes a three-way answer,
// ja / nei / «Vet ikke», held by its option key ('yes' | 'no' | 'unknown') in a text column
// instead of a 0/1 integer. 1 becomes 'yes' and 0 'no'; a null stays null («ikke besvart»):
// an unanswered question is never guessed into an answer. Listed here rather than taken from
// the form definitions: a migration never changes meaning because app code did.
const columns = [
  ['day_visits', 'first_visit_in_year'],
  ['phone_sessions', 'first_session_in_year'],
  ['adult_stays', 'first_stay_in_year'],
  ['child_stays', 'first_stay_in_year'],
] as const

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

/**
 * SQLite cannot change a column's type, so both databases do the same: a new column, the values
 * copied over, the old one dropped and the new one renamed. The copy is an update, so each
 * table's statistics-version trigger marks the centres' kept figures as stale (decision 0016).
 */
async function retype(db: AnyDb, table: string, column: string, type: 'text' | 'integer', copy: string) {
  const next = `${column}_next`
  await db.schema.alterTable(table).addColumn(next, type).execute()
  await sql`update ${sql.table(table)} set ${sql.ref(next)} = ${sql.raw(copy)} where ${sql.ref(column)} is not null`.execute(db)
  await db.schema.alterTable(table).dropColumn(column).execute()
  await db.schema.alterTable(table).renameColumn(next, column).execute()
}

export async function up(db: AnyDb): Promise<void> {
  for (const [table, column] of columns) {
    await retype(db, table, column, 'text', `case ${column} when 1 then 'yes' when 0 then 'no' end`)
  }
}

/** Back to 0/1: «Vet ikke» has no boolean, so it goes back to null (unanswered), as before. */
export async function down(db: AnyDb): Promise<void> {
  for (const [table, column] of columns) {
    await retype(db, table, column, 'integer', `case ${column} when 'yes' then 1 when 'no' then 0 end`)
  }
}
