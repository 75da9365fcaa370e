import { describe, expect, it } from 'vitest'
import { adultStayForm, recordSchema, type RecordValues } from '@ly/forms'
import { adultCheckOut, adultStayInput, centreYearInput, childCheckOut, childStayInput, turnedAwayInput } from '@ly/forms/testing'
import { insertRecord } from '../db/records'
import { fillCentreWithDemo } from '../demo/fill-centre'
import { createTestApp, signedInAdmin, signedInUser } from '../testing/test-app'
import { computeStatistics } from './engine'
import { parsePeriod, rangePeriod, samePeriodIn } from './period'
import { computeTrend, HEADLINE_INDICATORS } from './trend'

describe('computeTrend', () => {
  it('gives, for every year and offer, the headline values computeStatistics gives for that year', async () => {
    const ctx = await createTestApp()
    const { centreId } = ctx.centre
    // Four invented years up to the test clock's 2 March 2026: stays across New Year, open
    // stays counted up to today, persons with and without case codes.
    await fillCentreWithDemo(ctx.db, centreId, { years: 4, seed: 11, now: ctx.clock.now(), scale: 0.15 })
    // And the edges of a year the demo may not hit: a stay ending on 1 January (its last night
    // is in the year before), one beginning on 1 January, a same-day stay on 1 January.
    const parse = (input: object) => recordSchema(adultStayForm, { today: '2026-03-02' }).parse(input) as RecordValues
    for (const [start, end] of [
      ['2024-12-20', '2025-01-01'],
      ['2025-01-01', '2025-01-05'],
      ['2025-01-01', '2025-01-01'],
      ['2023-12-31', '2025-01-01'],
    ] as const) {
      await insertRecord(ctx.db, adultStayForm, centreId, null, parse({ ...adultStayInput({ stay_start_date: start }), ...adultCheckOut(end) }), ctx.clock.now())
    }
    for (const today of ['2026-03-02', '2027-06-30']) {
      for (const offer of ['all', 'women', 'men'] as const) {
        const points = await computeTrend(ctx.db, centreId, offer, 2022, 2026, today)
        const expected = []
        for (let year = 2022; year <= 2026; year++) {
          const { indicators, period } = await computeStatistics(ctx.db, { centreId, year, offer, today })
          expected.push({ year, period, figures: Object.fromEntries(HEADLINE_INDICATORS.map((id) => [id, indicators[id]?.value ?? null])) })
        }
        expect(points, `${offer}, today ${today}`).toEqual(expected)
      }
    }
    // A period: each point counts the same days of its year, as computeStatistics counts that period.
    for (const template of [
      parsePeriod('2026-T1', '2026-03-02'),
      parsePeriod('2025-T3', '2026-03-02'),
      parsePeriod('2026-ytd', '2026-03-02'),
      rangePeriod('2025-12-20', '2025-12-31'),
    ]) {
      const points = await computeTrend(ctx.db, centreId, 'all', 2022, 2026, '2026-03-02', template)
      const expected = []
      for (let year = 2022; year <= 2026; year++) {
        const days = samePeriodIn(template, year)
        const { indicators, period } = await computeStatistics(ctx.db, { centreId, year, period: days, offer: 'all', today: '2026-03-02' })
        expected.push({ year, period, figures: Object.fromEntries(HEADLINE_INDICATORS.map((id) => [id, indicators[id]?.value ?? null])) })
      }
      expect(points, `${template.from}–${template.to}`).toEqual(expected)
      expect(points.some((p) => (p.figures['R-06'] ?? 0) > 0)).toBe(true)
    }
    // The demo data must actually exercise the figures compared.
    const { indicators } = await computeStatistics(ctx.db, { centreId, year: 2025, offer: 'all' })
    for (const id of ['R-01', 'R-02', 'R-06', 'D-01', 'P-03', 'T-01a', 'CAP-01', 'CAP-02', 'CAP-03', 'CAP-04']) expect(indicators[id]?.value, id).toBeGreaterThan(0)
  })

  it('draws the capacity figures year by year on hand-computed records: full on known days, nobody turned away in one year', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const ok = async (res: Response) => {
      expect(res.status, await res.clone().text()).toBe(201)
      return (await res.json()) as { id: string }
    }
    // 2024: 1 women's place; one woman the nights of 10–14 May (4 full days), 3 requests turned away with 1, 0 and 4+ children.
    await ok(await leader.request('POST', '/api/centre-years', centreYearInput({ report_year: 2024, fixed_beds: 1 })))
    await ok(await staff.request('POST', '/api/adult-stays', { ...adultStayInput({ stay_start_date: '2024-05-10' }), ...adultCheckOut('2024-05-14') }))
    for (const children_count of ['1', '0', '4_or_more'] as const)
      await ok(await staff.request('POST', '/api/turned-away', turnedAwayInput({ request_date: '2024-05-12', children_count })))
    // 2025: no annual form (the 1 place carries over); a mother and child 1–3 February, 2 nights of 2 people on 1 place; nobody turned away.
    const stay = await ok(await staff.request('POST', '/api/adult-stays', { ...adultStayInput({ stay_start_date: '2025-02-01' }), ...adultCheckOut('2025-02-03') }))
    await ok(await staff.request('POST', `/api/child-stays?adult_stay_id=${stay.id}`, { ...childStayInput({ stay_start_date: '2025-02-01' }), ...childCheckOut('2025-02-03') }))

    const points = await computeTrend(ctx.db, ctx.centre.centreId, 'all', 2024, 2025, '2026-03-02')
    const capacity = points.map((p) => [p.year, p.figures['CAP-01'], p.figures['CAP-02'], p.figures['CAP-03'], p.figures['CAP-04']])
    expect(capacity).toEqual([
      // 4 place-nights of 366 (a leap year).
      [2024, 3, 5, 4, (4 / 366) * 100],
      // 4 person-nights on 1 place over 365 nights.
      [2025, 0, 0, 2, (4 / 365) * 100],
    ])
  })
})
