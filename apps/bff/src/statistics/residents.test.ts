import { describe, expect, it } from 'vitest'
import { adultStayForm, childStayForm, recordSchema, type FormDef, type RecordValues } from '@ly/forms'
import { adultCheckOut, adultStayInput, bareAdultStayInput, childCheckOut, childStayInput } from '@ly/forms/testing'
import { insertRecord } from '../db/records'
import { createTestApp } from '../testing/test-app'
import { computeStatistics } from './engine'

const parse = (form: FormDef, input: object) => recordSchema(form, { today: '2026-12-31' }).parse(input) as RecordValues

/**
 * Five adult stays and one child's, each chosen for a rule of decision 4 or 5; every expected
 * figure below is worked out by hand in its comment.
 */
async function seeded() {
  const ctx = await createTestApp()
  const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
  const add = (form: FormDef, input: object, parentId?: string) => insertRecord(ctx.db, form, ctx.centre.centreId, userId, parse(form, input), ctx.clock.now(), parentId)
  // A: across New Year, 30.12.2025–03.01.2026 = 4 nights, 2 of them (1 and 2 January) in 2026.
  const a1 = await add(adultStayForm, { ...adultStayInput({ case_code: 'AAAA1', first_stay_in_year: null, stay_start_date: '2025-12-30' }), ...adultCheckOut('2026-01-03') })
  // A again (same case code): 01.03–11.03 = 10 nights, not a new person.
  await add(adultStayForm, { ...adultStayInput({ case_code: 'AAAA1', first_stay_in_year: null, stay_start_date: '2026-03-01' }), ...adultCheckOut('2026-03-11') })
  // B: open since 01.05; up to 30.06 that is 31 + 29 = 60 nights.
  await add(adultStayForm, adultStayInput({ stay_start_date: '2026-05-01', sex: 'male', age: 52 }))
  // C: without consent, 01.02–03.02 = 2 nights of an adult of unknown sex.
  await add(adultStayForm, { ...bareAdultStayInput({ stay_start_date: '2026-02-01' }), stay_end_date: '2026-02-03' })
  // D: a same-day stay has no night and belongs to no year.
  await add(adultStayForm, { ...adultStayInput({ stay_start_date: '2026-04-04' }), ...adultCheckOut('2026-04-04') })
  // A's child: 30.12.2025–02.01.2026, 1 night (1 January) in 2026.
  await add(childStayForm, { ...childStayInput({ stay_start_date: '2025-12-30' }), ...childCheckOut('2026-01-02') }, a1)
  return computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all', today: '2026-06-30' })
}

describe('residential indicators (hand-computed)', () => {
  it('counts residents by their first stay in the year, with and without case codes', async () => {
    const { indicators } = await seeded()
    expect(indicators['R-01']).toMatchObject({ value: 2, categories: { female: { count: 1 }, male: { count: 1 } } })
    expect(indicators['R-02']?.value).toBe(1)
    expect(indicators['R-04']?.value).toBe(4) // A twice, B and C; D has no night
  })

  it('splits nights across New Year and counts open stays up to today', async () => {
    const { indicators } = await seeded()
    // Adults 2 + 10 + 60 + 2 = 74, the child 1: 75 in all.
    expect(indicators['R-06']).toMatchObject({ value: 75, categories: { female: { count: 12 }, male: { count: 60 }, unknown: { count: 2 }, children: { count: 1 } } })
    expect(indicators['R-07']?.months).toMatchObject({ 1: 3, 2: 2, 3: 10, 4: 0, 5: 31, 6: 29, 7: 0 })
  })

  it('averages over stays that ended in the year, and per person beside it', async () => {
    const { indicators } = await seeded()
    // Ended in 2026 with a night: A1 4, A2 10, C 2 → mean 16/3, median 4. B is open, D has no night.
    expect(indicators['R-08']?.value).toBeCloseTo(16 / 3, 10)
    expect(indicators['R-08']?.n).toBe(3)
    expect(indicators['R-08b']?.value).toBe(4)
    // One population: the consenting stays' 2 + 10 + 60 = 72 nights / 2 residents (C's 2 nights are no one's).
    expect(indicators['R-08c']?.value).toBe(36)
  })

  it('reports those present at New Year apart and moves on their actual dates', async () => {
    const { indicators } = await seeded()
    expect(indicators['R-10']).toMatchObject({ value: 2, categories: { adults: { count: 1 }, children: { count: 1 } } })
    expect(indicators['R-09a']?.months).toMatchObject({ 1: 0, 2: 1, 3: 1, 4: 1, 5: 1 })
    // A lived there at New Year: its move-out (3 January) is shown apart, not in Figur 23's R-09b.
    expect(indicators['R-09b']?.months).toMatchObject({ 1: 0, 2: 1, 3: 1, 4: 1 })
    expect(indicators['R-09e']?.months).toMatchObject({ 1: 1, 2: 0 })
    expect(indicators['R-09f']?.months).toMatchObject({ 1: 1, 2: 0 })
  })

  it('gives sex «other» its own nights, and counts a move-out on 1 January in January', async () => {
    const ctx = await createTestApp()
    const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
    const add = (input: object) => insertRecord(ctx.db, adultStayForm, ctx.centre.centreId, userId, parse(adultStayForm, input), ctx.clock.now())
    // E: sex other, 01.03–06.03 = 5 nights. F: 20.12.2025–01.01.2026, all 12 nights in 2025.
    await add({ ...adultStayInput({ stay_start_date: '2026-03-01', sex: 'other' }), ...adultCheckOut('2026-03-06') })
    await add({ ...adultStayInput({ stay_start_date: '2025-12-20' }), ...adultCheckOut('2026-01-01') })
    const y2026 = await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all', today: '2026-06-30' })
    expect(y2026.indicators['R-06']).toMatchObject({ value: 5, categories: { female: { count: 0 }, other: { count: 5 }, unknown: { count: 0 } } })
    expect(y2026.indicators['R-09e']?.months).toMatchObject({ 1: 1 })
    expect(y2026.indicators['R-10']).toMatchObject({ value: 1, categories: { adults: { count: 1 } } })
    expect(y2026.indicators['R-04']?.value).toBe(1) // F has no night in 2026
    const y2025 = await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2025, offer: 'all', today: '2026-06-30' })
    expect(y2025.indicators['R-06']?.value).toBe(12)
    expect(Object.values(y2025.indicators['R-09b']?.months ?? {}).reduce((a, b) => a + b, 0)).toBe(0)
  })

  it('states the consent rate over the adults’ own decisions', async () => {
    const { indicators } = await seeded()
    expect(indicators['LY-01']).toMatchObject({ n: 4, value: 75 }) // stays A1, A2, B with consent; C without
  })
})
