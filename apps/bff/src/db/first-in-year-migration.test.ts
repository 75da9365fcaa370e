import { Migrator, type Kysely, type MigrationProvider } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestDb, TestClock } from '../testing/test-app'
import type { Db } from './database'
import { migrations } from './migrate'

/**
 * Migration 2026-12-07-36 (decision 0037), on SQLite (bff) and PostgreSQL (bff-postgres): the
 * first-in-year answers of records stored as 0/1 become 'no'/'yes', and an unanswered one stays
 * null («ikke besvart») — never guessed. The database is taken back to just before the
 * migration, filled the old way, and migrated again.
 */
const THIS = '2026-12-07-36-first-in-year-answer'
const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) }
const names = Object.keys(migrations).sort()
const before = names[names.indexOf(THIS) - 1]!

/** The tables as they were before the migration: untyped, since the app's types are today's. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const untyped = (db: Db) => db as unknown as Kysely<any>

const meta = (id: string, centreId: string) => ({ id, centre_id: centreId, version: 1, created_at: '2026-03-02T09:00:00.000Z', updated_at: '2026-03-02T09:00:00.000Z' })

/** One row per old answer (1, 0, null) in each table that holds a first-in-year question. */
async function fillTheOldWay(db: Db, centreId: string) {
  const old = untyped(db)
  const answers = [1, 0, null] as const
  for (const [i, answer] of answers.entries()) {
    const base = { consent_to_statistics: 1, offer: 'women' }
    await old
      .insertInto('day_visits')
      .values({ ...meta(`visit-${i}`, centreId), ...base, visit_date: '2026-03-01', first_visit_in_year: answer })
      .execute()
    await old
      .insertInto('phone_sessions')
      .values({ ...meta(`session-${i}`, centreId), ...base, session_date: '2026-03-01', qualifies_as_one_to_one: 1, first_session_in_year: answer })
      .execute()
    await old
      .insertInto('adult_stays')
      .values({ ...meta(`adult-${i}`, centreId), ...base, stay_start_date: '2026-03-01', first_stay_in_year: answer })
      .execute()
    await old
      .insertInto('child_stays')
      .values({ ...meta(`child-${i}`, centreId), ...base, adult_stay_id: `adult-${i}`, stay_start_date: '2026-03-01', first_stay_in_year: answer })
      .execute()
  }
}

async function answers(db: Db) {
  const read = async (table: string, column: string) =>
    (await untyped(db).selectFrom(table).select(['id', column]).orderBy('id').execute()).map((r: Record<string, unknown>) => r[column])
  return {
    day_visits: await read('day_visits', 'first_visit_in_year'),
    phone_sessions: await read('phone_sessions', 'first_session_in_year'),
    adult_stays: await read('adult_stays', 'first_stay_in_year'),
    child_stays: await read('child_stays', 'first_stay_in_year'),
  }
}

describe(`migration ${THIS}`, () => {
  it('turns 1/0 into yes/no and keeps an unanswered question unanswered; down turns them back', async () => {
    const db = await createTestDb()
    const { centreId } = await createCentreWithAdmin(db, new TestClock(), 'Migreringssenteret', 'admin')
    const migrator = new Migrator({ db, provider })
    expect((await migrator.migrateTo(before)).error).toBeUndefined()
    await fillTheOldWay(db, centreId)

    expect((await migrator.migrateToLatest()).error).toBeUndefined()
    // Ordered by id: …-0 answered 1, …-1 answered 0, …-2 unanswered.
    const three = ['yes', 'no', null]
    expect(await answers(db)).toEqual({ day_visits: three, phone_sessions: three, adult_stays: three, child_stays: three })

    // «Vet ikke» has no boolean: going back leaves it unanswered, as it was before.
    await untyped(db).updateTable('day_visits').set({ first_visit_in_year: 'unknown' }).where('id', '=', 'visit-2').execute()
    expect((await migrator.migrateTo(before)).error).toBeUndefined()
    const old = [1, 0, null]
    expect(await answers(db)).toEqual({ day_visits: old, phone_sessions: old, adult_stays: old, child_stays: old })
    expect((await migrator.migrateToLatest()).error).toBeUndefined()
  })
})
