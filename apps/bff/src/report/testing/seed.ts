import { adultStayForm, childStayForm, dayVisitForm, recordSchema, type FormDef } from '@ly/forms'
import { bareDayVisitInput, dayVisitInput, adultCheckOut, adultStayInput, childStayInput } from '@ly/forms/testing'
import { insertRecord } from '../../db/records'
import { createTestApp, signedInAdmin, signedInUser, type TestContext } from '../../testing/test-app'

async function insertAll(ctx: TestContext, form: FormDef, inputs: readonly object[], parentId?: string): Promise<string[]> {
  const schema = recordSchema(form, { today: '2026-12-31' })
  const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
  const ids: string[] = []
  for (const input of inputs) {
    ids.push(await insertRecord(ctx.db, form, ctx.centre.centreId, userId, schema.parse(input), ctx.clock.now(), parentId))
    ctx.clock.advanceMinutes(1)
  }
  return ids
}

const date = (year: number, month: number, day = 10) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/**
 * Invented registrations for two years (2025 and 2026), built from the form definitions: enough
 * day visits that some counts are large and some small, so suppression has something to do.
 * No real person is behind any of them.
 */
export async function seedReportYears(ctx: TestContext) {
  const visits: object[] = []
  for (const [year, persons] of [
    [2025, 12],
    [2026, 20],
  ] as const) {
    for (let i = 0; i < persons; i++) {
      const month = (i % 12) + 1
      visits.push(
        dayVisitInput({
          visit_date: date(year, month),
          sex: i === 0 ? 'male' : 'female',
          age: 20 + ((i * 7) % 45),
          parents_born_abroad: i % 3 === 0 ? 'both' : 'none',
          municipality_affiliation: i % 5 === 0 ? 'other_municipality' : 'host_municipality',
          violence_types: i % 4 === 0 ? ['psychological', 'physical'] : ['psychological'],
          first_contact_year: year - 1,
        }),
      )
    }
    // Repeat visits and two without consent: events, not persons.
    visits.push(dayVisitInput({ visit_date: date(year, 3, 20), first_visit_in_year: 'no', first_contact_year: year - 1 }))
    visits.push(bareDayVisitInput({ visit_date: date(year, 4, 2) }), bareDayVisitInput({ visit_date: date(year, 5, 2) }))
  }
  await insertAll(ctx, dayVisitForm, visits)

  const stays: object[] = []
  for (let i = 0; i < 7; i++) stays.push({ ...adultStayInput({ stay_start_date: date(2026, 1 + i, 1), age: 25 + i * 5 }), ...adultCheckOut(date(2026, 1 + i, 20)) })
  const [firstStay] = await insertAll(ctx, adultStayForm, stays)
  await insertAll(ctx, childStayForm, [childStayInput({ stay_start_date: date(2026, 1, 1) })], firstStay)
}

/** The real BFF on the seeded years, late in 2026, with its administrator, a staff user and a leader signed in. */
export async function seededReportApp() {
  const ctx = await createTestApp()
  ctx.clock.advanceMinutes(60 * 24 * 300)
  await seedReportYears(ctx)
  const admin = await signedInAdmin(ctx)
  const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
  const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
  return { ctx, admin, staff, leader }
}
