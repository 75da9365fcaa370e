import { describe, expect, it } from 'vitest'
import { dayVisitForm, phoneSessionForm, recordSchema } from '@ly/forms'
import { dayVisitInput, bareDayVisitInput, barePhoneSessionInput, phoneSessionInput } from '@ly/forms/testing'
import { insertRecord } from '../db/records'
import { createTestApp, type TestContext } from '../testing/test-app'
import { computeStatistics } from './engine'

const schema = recordSchema(dayVisitForm, { today: '2026-12-31' })

async function seed(ctx: TestContext, inputs: object[]) {
  const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
  for (const input of inputs) {
    await insertRecord(ctx.db, dayVisitForm, ctx.centre.centreId, userId, schema.parse(input), ctx.clock.now())
    ctx.clock.advanceMinutes(1)
  }
}

/** Six visits whose figures are worked out by hand in each assertion below. */
async function seeded() {
  const ctx = await createTestApp()
  await seed(ctx, [
    // Person A, by case code: two visits, described by the first.
    dayVisitInput({
      case_code: 'AAAA1',
      first_visit_in_year: null,
      visit_date: '2026-01-10',
      sex: 'female',
      age: 25,
      parents_born_abroad: 'unknown',
      violence_types: ['psychological', 'physical'],
      assistance: ['threat_assessment_by_centre', 'threat_assessment_by_others'],
      prior_contact: ['resident'],
      first_contact_year: 2020,
      previous_stays_count: 3,
    }),
    dayVisitInput({ case_code: 'AAAA1', first_visit_in_year: null, visit_date: '2026-02-10', sex: 'female', age: 25, violence_types: ['threats'] }),
    // Person B, no case code, first visit of the year.
    dayVisitInput({
      first_visit_in_year: 'yes',
      visit_date: '2026-02-11',
      sex: 'male',
      age: 40,
      parents_born_abroad: 'both',
      violence_types: ['psychological'],
      assistance: ['threat_assessment_by_centre'],
      prior_contact: ['phone'],
      first_contact_year: null,
    }),
    // B again (not first): an event, not a person.
    dayVisitInput({ first_visit_in_year: 'no', visit_date: '2026-03-01', sex: 'male', age: 40 }),
    // Without consent: counts as a visit only.
    bareDayVisitInput({ visit_date: '2026-03-02' }),
    // Another year.
    dayVisitInput({ visit_date: '2025-12-31', first_contact_year: 2024 }),
  ])
  return computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all' })
}

describe('day-visit indicators (hand-computed)', () => {
  it('counts persons from consenting first visits and events from every visit', async () => {
    const { indicators } = await seeded()
    expect(indicators['D-01']).toMatchObject({
      unit: 'persons',
      value: 2,
      n: 2,
      categories: { female: { count: 1, percent: 50 }, male: { count: 1, percent: 50 }, other: { count: 0, percent: 0 } },
    })
    expect(indicators['D-02']).toEqual({ unit: 'visits', n: 5, value: 5 })
    // Per person over one population: 4 consenting visits / 2 day users (the bare visit is no one's).
    expect(indicators['D-03']?.value).toBe(2)
    expect(indicators['D-04']?.months).toEqual({ 1: 1, 2: 2, 3: 2, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0, 10: 0, 11: 0, 12: 0 })
    expect(indicators['D-05']).toMatchObject({ unit: 'percent', n: 5, value: 80 })
  })

  it('excludes unknown answers from percentages and reports them', async () => {
    const { indicators } = await seeded()
    // A answered "vet ikke", B "both": 1 of 1 known answers.
    expect(indicators['D-12']).toMatchObject({ n: 1, value: 100, unknown: 1 })
  })

  it('lets multiple-choice shares add up to more than 100 %', async () => {
    const { indicators } = await seeded()
    const c = indicators['D-18']!.categories!
    expect(c.psychological).toEqual({ count: 2, percent: 100 })
    expect(c.physical).toEqual({ count: 1, percent: 50 })
    expect(c.threats).toEqual({ count: 0, percent: 0 }) // A's second visit does not describe A
  })

  it('computes ages, bands and first-contact bands relative to the year', async () => {
    const { indicators } = await seeded()
    expect(indicators['D-10']).toMatchObject({ value: 32.5, n: 2, categories: { under_30: { count: 1 }, '30_49': { count: 1 }, '50_plus': { count: 0 } } })
    expect(indicators['D-08']).toMatchObject({ n: 1, categories: { '2_5_years': { count: 0 }, more_than_5_years: { count: 1 } } })
    expect(indicators['D-09']).toMatchObject({ n: 1, categories: { '3_or_more': { count: 1, percent: 100 } } })
  })

  it('counts threat assessment by the centre or others once per unit (R8)', async () => {
    const { indicators } = await seeded()
    const c = indicators['D-21']!.categories!
    expect(c.threat_assessment_by_centre?.count).toBe(2)
    expect(c.threat_assessment_by_others?.count).toBe(1)
    expect(c.threat_assessment_either?.count).toBe(2)
  })

  it('reports the share of visits by former residents among visits that answered (D-07)', async () => {
    const { indicators } = await seeded()
    // Consenting visits that answered prior_contact: A1 (resident), A2 and B2 (the factory's
    // day_user), B1 (phone) — 1 of 4 by a former resident.
    expect(indicators['D-07']).toMatchObject({ unit: 'visits', n: 4, value: 25 })
  })
})

describe('phone users and their conversations (hand-computed)', () => {
  it('divides consenting conversations by phone users, one population (P-04), and counts apart the conversations that place nobody (P-03b)', async () => {
    const ctx = await createTestApp()
    const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
    const sessionSchema = recordSchema(phoneSessionForm, { today: '2026-12-31' })
    for (const input of [
      phoneSessionInput({ session_date: '2026-02-01', first_session_in_year: 'yes' }),
      phoneSessionInput({ session_date: '2026-02-08', first_session_in_year: 'no' }),
      phoneSessionInput({ session_date: '2026-02-09', first_session_in_year: 'unknown' }),
      barePhoneSessionInput({ session_date: '2026-02-10' }),
      barePhoneSessionInput({ session_date: '2026-02-11' }),
    ])
      await insertRecord(ctx.db, phoneSessionForm, ctx.centre.centreId, userId, sessionSchema.parse(input), ctx.clock.now())
    const { indicators } = await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all' })
    expect(indicators['P-01']?.value).toBe(5)
    expect(indicators['P-03']?.value).toBe(1)
    // 3 consenting conversations / 1 phone user; the bare conversations are no one's (not 5 / 1).
    expect(indicators['P-04']?.value).toBe(3)
    expect(indicators['P-03b']).toMatchObject({ unit: 'conversations', value: 1, categories: { unknown: { count: 1 }, unanswered: { count: 0 } } })
  })

  it('leaves a blank with a case code out of the unplaced visits: the code places the person (D-01b)', async () => {
    const { indicators } = await seeded()
    // A and B are placed (by the code, and «ja»); B's «nei» is an event; nobody answered «Vet ikke».
    expect(indicators['D-01b']).toMatchObject({ unit: 'visits', value: 0, categories: { unknown: { count: 0 }, unanswered: { count: 0 } } })
  })
})
