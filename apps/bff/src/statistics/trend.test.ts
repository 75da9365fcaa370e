import { describe, expect, it } from 'vitest'
import { adultStayForm, recordSchema, type RecordValues } from '@ly/forms'
import { adultCheckOut, adultStayInput } from '@ly/forms/testing'
import { insertRecord } from '../db/records'
import { fillCentreWithDemo } from '../demo/fill-centre'
import { createTestApp } from '../testing/test-app'
import { computeStatistics } from './engine'
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
          const { indicators } = await computeStatistics(ctx.db, { centreId, year, offer, today })
          expected.push({ year, figures: Object.fromEntries(HEADLINE_INDICATORS.map((id) => [id, indicators[id]?.value ?? null])) })
        }
        expect(points, `${offer}, today ${today}`).toEqual(expected)
      }
    }
    // The demo data must actually exercise the figures compared.
    const { indicators } = await computeStatistics(ctx.db, { centreId, year: 2025, offer: 'all' })
    for (const id of ['R-01', 'R-02', 'R-06', 'D-01', 'P-03', 'T-01a']) expect(indicators[id]?.value, id).toBeGreaterThan(0)
  })
})
