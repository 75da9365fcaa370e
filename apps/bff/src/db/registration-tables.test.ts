import { describe, expect, it } from 'vitest'
import { dayVisitForm, choicesTable } from '@ly/forms'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestDb, TestClock } from '../testing/test-app'

/**
 * The registration tables are in `Database`, typed from the form definitions
 * (db/database.ts RegistrationTables): a column or option key the definition does not have is a
 * compile error (the `@ts-expect-error` lines fail the type check if the error goes away),
 * and what is written reads back with the definition's types.
 */
describe('typed registration tables', () => {
  it('write and read a day visit by the definition’s column names and option keys', async () => {
    const db = await createTestDb()
    const { centreId } = await createCentreWithAdmin(db, new TestClock(), 'Typesenteret', 'admin')
    const at = '2026-03-02T09:00:00.000Z'
    const meta = { centre_id: centreId, version: 1, created_at: at, created_by: null, updated_at: at, updated_by: null }
    await db
      .insertInto(dayVisitForm.table)
      .values({ id: 'typed-1', ...meta, consent_to_statistics: 1, offer: 'women', visit_date: '2026-03-01', visit_location: 'at_centre', age: 40 })
      .execute()
    await db.insertInto(choicesTable(dayVisitForm)).values({ record_id: 'typed-1', field: 'violence_types', category: 'physical' }).execute()

    const row = await db.selectFrom('day_visits').select(['offer', 'visit_location', 'age']).where('id', '=', 'typed-1').executeTakeFirstOrThrow()
    // The columns carry the definition's option keys as their types.
    const offer: 'women' | 'men' | null = row.offer
    const location: 'at_centre' | 'outside_centre' | null = row.visit_location
    expect({ offer, location, age: row.age }).toEqual({ offer: 'women', location: 'at_centre', age: 40 })

    // What the compiler refuses is what the database would refuse, or worse, answer silently.
    // @ts-expect-error -- no such column in the day visit definition
    await expect(db.selectFrom('day_visits').select('no_such_answer').execute()).rejects.toThrow()
    // @ts-expect-error -- a multiple choice has no column: its options are rows in the choices table
    await expect(db.selectFrom('day_visits').select('violence_types').execute()).rejects.toThrow()
    // @ts-expect-error -- a child's stay column is not in the day visits' table
    await expect(db.selectFrom('day_visits').select('adult_stay_id').execute()).rejects.toThrow()
    // A misspelt option key counts nothing without complaint: only the type check catches it.
    // @ts-expect-error -- 'home' is not an option key of visit_location
    expect(await db.selectFrom('day_visits').select('id').where('visit_location', '=', 'home').execute()).toEqual([])
    // @ts-expect-error -- 'kvinner' is not an option key of the offer
    expect(await db.selectFrom('day_visits').select('id').where('offer', '=', 'kvinner').execute()).toEqual([])
    await db.destroy()
  })
})
