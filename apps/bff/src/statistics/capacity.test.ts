import { describe, expect, it } from 'vitest'
import { centreYearInput, adultCheckOut, adultStayInput, bareAdultStayInput, childCheckOut, childStayInput, turnedAwayInput } from '@ly/forms/testing'
import { adultStayForm, centreYearForm, childStayForm, recordSchema, turnedAwayForm, type FormDef, type RecordValues } from '@ly/forms'
import { insertRecord } from '../db/records'
import { createTestApp } from '../testing/test-app'
import { computeStatistics } from './engine'
import { longestFullRun, occupancySeries } from './occupancy'

const parse = (form: FormDef, input: object) => recordSchema(form, { today: '2026-12-31' }).parse(input) as RecordValues

/**
 * A small house, every figure worked out by hand in its comment: the women's offer has 2 places
 * (the annual form of 2025); the men's offer has no annual form, so no places. Stays in March 2025:
 * - adult A with a child, 01.03–05.03: the nights of 1, 2, 3 and 4 March, two people each;
 * - adult B without consent, 03.03–04.03: the night of 3 March;
 * - a man, 10.03–12.03 in the men's offer, which has no places and is left out.
 * Occupancy: 1 March 2, 2 March 2, 3 March 3, 4 March 2 — full (≥ 2) on exactly those four days.
 */
async function seeded() {
  const ctx = await createTestApp()
  const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
  const add = (form: FormDef, input: object, parentId?: string) => insertRecord(ctx.db, form, ctx.centre.centreId, userId, parse(form, input), ctx.clock.now(), parentId)
  await add(centreYearForm, centreYearInput({ report_year: 2025, fixed_beds: 2 }))
  const a = await add(adultStayForm, { ...adultStayInput({ stay_start_date: '2025-03-01' }), ...adultCheckOut('2025-03-05') })
  await add(childStayForm, { ...childStayInput({ stay_start_date: '2025-03-01' }), ...childCheckOut('2025-03-05') }, a)
  await add(adultStayForm, { ...bareAdultStayInput({ stay_start_date: '2025-03-03' }), stay_end_date: '2025-03-04' })
  await add(adultStayForm, { ...adultStayInput({ offer: 'men', sex: 'male', stay_start_date: '2025-03-10' }), ...adultCheckOut('2025-03-12') })
  // Three requests turned away: two in March (one with «4 eller flere» children), one in May.
  await add(turnedAwayForm, turnedAwayInput({ request_date: '2025-03-02', children_count: '4_or_more' }))
  await add(
    turnedAwayForm,
    turnedAwayInput({ request_date: '2025-03-04', requester: 'person', action_taken: ['extra_bed', 'other_help'], referred_to_centre: null, children_count: '0' }),
  )
  await add(
    turnedAwayForm,
    turnedAwayInput({ request_date: '2025-05-20', reason: 'outside_target_group', action_taken: ['nothing'], referred_to_centre: null, children_count: '1' }),
  )
  return { ctx, stats: (offer: 'women' | 'men' | 'all') => computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2025, offer, today: '2026-06-30' }) }
}

describe('capacity indicators (hand-computed)', () => {
  it('counts turned-away requests by month, reason, action and who asked (CAP-01)', async () => {
    const { indicators } = await (await seeded()).stats('all')
    expect(indicators['CAP-01']).toMatchObject({ unit: 'requests', n: 3, value: 3, months: { 3: 2, 5: 1, 4: 0 } })
    expect(indicators['CAP-01']?.categories).toMatchObject({ house_full: { count: 2 }, outside_target_group: { count: 1 }, needs_other_service_first: { count: 0 } })
    // Multiple choice: the second request counts for both of its actions.
    expect(indicators['CAP-01a']?.categories).toMatchObject({ referred_other_centre: { count: 1 }, extra_bed: { count: 1 }, other_help: { count: 1 }, nothing: { count: 1 } })
    expect(indicators['CAP-01b']?.categories).toMatchObject({ police: { count: 2 }, person: { count: 1 } })
  })

  it('adds up the children who would have come, «4 eller flere» as 4 (CAP-02)', async () => {
    const { indicators } = await (await seeded()).stats('all')
    expect(indicators['CAP-02']).toMatchObject({ unit: 'children', n: 3, value: 4 + 0 + 1 })
  })

  it('finds the four full days of March against the annual form’s places (CAP-03)', async () => {
    const { indicators } = await (await seeded()).stats('women')
    expect(indicators['CAP-03']).toMatchObject({ unit: 'days', n: 365, value: 4, months: { 2: 0, 3: 4, 4: 0 } })
  })

  it('divides occupied nights by place-nights (CAP-04)', async () => {
    const { indicators } = await (await seeded()).stats('women')
    // Nights 2 + 2 + 3 + 2 = 9 (R-06 of the women's offer) of 2 places × 365 days.
    expect(indicators['CAP-04']?.value).toBeCloseTo((9 / 730) * 100, 10)
    expect(indicators['R-06']?.value).toBe(9)
  })

  it('leaves an offer without places out of both figures, and has no rate when no offer has places', async () => {
    const seed = await seeded()
    const all = await seed.stats('all')
    expect(all.indicators['CAP-03']?.value).toBe(4)
    expect(all.indicators['CAP-04']?.value).toBeCloseTo((9 / 730) * 100, 10)
    const men = await seed.stats('men')
    expect(men.indicators['CAP-03']).toMatchObject({ n: 0, value: 0 })
    expect(men.indicators['CAP-04']?.value).toBeNull()
  })

  it('takes the latest earlier year’s places when the year has no annual form yet', async () => {
    const { ctx } = await seeded()
    const stats = await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'women', today: '2026-01-11' })
    // 2026 up to 11 January: 10 counted days of the 2025 form's 2 places, nobody living there.
    expect(stats.indicators['CAP-03']).toMatchObject({ n: 10, value: 0 })
    expect(stats.indicators['CAP-04']?.value).toBe(0)
  })
})

describe('occupancy series', () => {
  it('counts the night of each date, open stays up to today, and the longest full run', () => {
    const series = occupancySeries(
      [
        { start: '2025-12-30', end: '2026-01-03' },
        { start: '2026-01-02', end: null },
      ],
      '2026-01-01',
      '2027-01-01',
      '2026-01-06',
      2,
    )
    // 1 Jan: 1, 2 Jan: 2 (both), 3 Jan: 1, 4 Jan: 1, 5 Jan: 1; 6 January on is not yet lived.
    expect(series.occupied).toEqual([1, 2, 1, 1, 1])
    expect(longestFullRun(series)).toEqual({ days: 1, from: '2026-01-02' })
  })
})
