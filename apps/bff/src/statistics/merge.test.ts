import { describe, expect, it } from 'vitest'
import { dayVisitForm, osloToday, recordSchema } from '@ly/forms'
import { dayVisitInput } from '@ly/forms/testing'
import { insertCentre } from '../db/centres'
import { insertRecord } from '../db/records'
import { fillCentreWithDemo } from '../demo/fill-centre'
import { createTestApp } from '../testing/test-app'
import { computeStatistics } from './engine'
import { mergeDocuments, mergeIndicators } from './merge'
import { ratio } from './parts'
import { medianOf } from './aggregate'

describe('the national figures as the sum of the centres (decision 0016)', () => {
  it('are exactly the statistics over every centre’s records at once, for every indicator, year and offer', async () => {
    const ctx = await createTestApp()
    const now = ctx.clock.now()
    const today = osloToday(now)
    const second = await insertCentre(ctx.db, 'Andre senter', now)
    const third = await insertCentre(ctx.db, 'Tredje senter', now)
    // The first two share a seed, so they draw the same case codes: two persons, one at each centre.
    await fillCentreWithDemo(ctx.db, ctx.centre.centreId, { years: 3, seed: 4, now, scale: 0.15 })
    await fillCentreWithDemo(ctx.db, second.id, { years: 3, seed: 4, now, scale: 0.1 })
    await fillCentreWithDemo(ctx.db, third.id, { years: 3, seed: 9, now, scale: 0.2 })
    const centres = [ctx.centre.centreId, second.id, third.id]

    for (const year of [2024, 2025, 2026]) {
      for (const offer of ['all', 'women', 'men'] as const) {
        const direct = await computeStatistics(ctx.db, { centreId: 'all', year, offer, today })
        const perCentre = await Promise.all(centres.map((centreId) => computeStatistics(ctx.db, { centreId, year, offer, today })))
        const merged = mergeDocuments(perCentre, { year, centre: 'all', offer })
        expect(Object.keys(merged.indicators).sort()).toEqual(Object.keys(direct.indicators).sort())
        for (const [id, indicator] of Object.entries(direct.indicators)) expect(merged.indicators[id], `${id} ${year} ${offer}`).toEqual(indicator)
      }
    }
    // Not a vacuous comparison: the figures that do not simply add up are there, and differ by centre.
    const one = await computeStatistics(ctx.db, { centreId: third.id, year: 2025, offer: 'all', today })
    const all = await computeStatistics(ctx.db, { centreId: 'all', year: 2025, offer: 'all', today })
    for (const id of ['R-08', 'R-08b', 'R-08c', 'B-01', 'B-03', 'D-03', 'D-12', 'LY-01']) {
      expect(one.indicators[id]?.value, id).not.toBeNull()
      expect(all.indicators[id]?.value, id).not.toBe(one.indicators[id]?.value)
    }
  })

  it('counts a case code at two centres as two persons', async () => {
    const ctx = await createTestApp()
    const other = await insertCentre(ctx.db, 'Andre senter', ctx.clock.now())
    const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
    const schema = recordSchema(dayVisitForm, { today: '2026-12-31' })
    for (const centreId of [ctx.centre.centreId, other.id, other.id]) {
      await insertRecord(
        ctx.db,
        dayVisitForm,
        centreId,
        userId,
        schema.parse(dayVisitInput({ case_code: 'KODE7', first_visit_in_year: null, visit_date: '2026-02-10' })),
        ctx.clock.now(),
      )
    }
    const national = await computeStatistics(ctx.db, { centreId: 'all', year: 2026, offer: 'all' })
    expect(national.indicators['D-01']?.value).toBe(2)
    expect(national.indicators['D-02']?.value).toBe(3)
  })
})

describe('mergeIndicators (hand-computed)', () => {
  it('takes the median of all the numbers, not the median of the medians', () => {
    // Medians 2 and 10; all together 1 2 3 10 11 → 3.
    const merged = mergeIndicators([medianOf([1, 2, 3], 3, 'nights'), medianOf([10, 11], 2, 'nights')])
    expect(merged).toEqual({ unit: 'nights', n: 5, value: 3, unknown: 0 })
  })

  it('divides the added-up parts of a ratio, not the ratios', () => {
    // 3/1 and 1/3 → 4/4, not the mean of 3 and 0.33.
    expect(mergeIndicators([ratio(3, 1, 1, 'ratio'), ratio(1, 3, 3, 'ratio')])).toEqual({ unit: 'ratio', n: 4, value: 1 })
  })
})
