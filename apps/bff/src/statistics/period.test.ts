import { describe, expect, it } from 'vitest'
import { adultStayForm, dayVisitForm, incomingCallForm, phoneSessionForm, recordSchema, type FormDef, type RecordValues } from '@ly/forms'
import { dayVisitInput, bareDayVisitInput, phoneSessionInput, quickCallInput, adultCheckOut, adultStayInput, bareAdultStayInput } from '@ly/forms/testing'
import { insertRecord } from '../db/records'
import { createTestApp } from '../testing/test-app'
import { centreStatistics } from './cache'
import { computeStatistics } from './engine'
import { parsePeriod, periodLabel, PeriodError, rangePeriod, samePeriodIn, samePeriodLastYear, yearPeriod, type Period } from './period'
import type { StatsDocument } from './types'

const parse = (form: FormDef, input: object) => recordSchema(form, { today: '2026-12-31' }).parse(input) as RecordValues

/**
 * A year of every kind of event, placed to cross month and tertial boundaries: stays across
 * 30 April/1 May and across New Year, an open stay, visits, conversations and calls on the
 * first and last days of months, one coded person in two tertials.
 */
async function seededYear() {
  const ctx = await createTestApp()
  const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
  const add = (form: FormDef, input: object) => insertRecord(ctx.db, form, ctx.centre.centreId, userId, parse(form, input), ctx.clock.now())
  await add(adultStayForm, { ...adultStayInput({ case_code: 'PERA1', first_stay_in_year: null, stay_start_date: '2025-12-20' }), ...adultCheckOut('2026-01-10') })
  await add(adultStayForm, { ...adultStayInput({ case_code: 'PERA1', first_stay_in_year: null, stay_start_date: '2026-04-25' }), ...adultCheckOut('2026-05-06') })
  await add(adultStayForm, { ...adultStayInput({ first_stay_in_year: 'yes', stay_start_date: '2026-08-30', sex: 'male' }), ...adultCheckOut('2026-09-02') })
  await add(adultStayForm, { ...bareAdultStayInput({ stay_start_date: '2026-03-31' }), stay_end_date: '2026-04-01' })
  await add(adultStayForm, adultStayInput({ first_stay_in_year: 'yes', stay_start_date: '2026-11-15' }))
  for (const d of ['2026-01-01', '2026-04-30', '2026-05-01', '2026-08-31', '2026-12-31']) {
    await add(dayVisitForm, dayVisitInput({ case_code: 'DAGB1', first_visit_in_year: null, visit_date: d }))
    await add(phoneSessionForm, phoneSessionInput({ session_date: d }))
    await add(incomingCallForm, quickCallInput({ call_date: d }))
  }
  await add(dayVisitForm, bareDayVisitInput({ visit_date: '2026-06-15' }))
  const stats = (period: Period, today = '2027-02-01') => computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, period, offer: 'all', today })
  return { ctx, stats }
}

/** The events of decision 0026: they add up over the parts of a year. */
const EVENTS = ['R-06', 'R-07', 'R-07a', 'R-09a', 'R-09b', 'R-09e', 'D-02', 'P-01', 'T-01a', 'T-01g'] as const

const sumOf = (docs: readonly StatsDocument[], id: string) => docs.reduce((s, d) => s + (d.indicators[id]?.value ?? 0), 0)

describe('statistics for a period (decision 0026), on the engine', () => {
  it('adds the twelve months’ events up to the year’s', async () => {
    const { stats } = await seededYear()
    const year = await stats(yearPeriod(2026))
    const months = await Promise.all(Array.from({ length: 12 }, (_, m) => stats(parsePeriod(`2026-${String(m + 1).padStart(2, '0')}`, '2027-02-01'))))
    for (const id of EVENTS) expect(sumOf(months, id), id).toBe(year.indicators[id]?.value)
    // Not vacuous: the year has events of every kind.
    expect(year.indicators['R-06']?.value).toBe(9 + 11 + 3 + 1 + 47)
    expect(year.indicators['D-02']?.value).toBe(6)
  })

  it('adds the three tertials’ nights up to the year’s, month by month', async () => {
    const { stats } = await seededYear()
    const year = await stats(yearPeriod(2026))
    const tertials = await Promise.all(['2026-T1', '2026-T2', '2026-T3'].map((t) => stats(parsePeriod(t, '2027-02-01'))))
    expect(sumOf(tertials, 'R-06')).toBe(year.indicators['R-06']?.value)
    // The stay 25.04–06.05: 6 nights in T1, 5 in T2.
    expect(tertials[0]!.indicators['R-07']?.months?.['4']).toBe(6)
    expect(tertials[1]!.indicators['R-07']?.months?.['5']).toBe(5)
    for (const m of Object.keys(year.indicators['R-07']!.months!)) {
      expect(
        tertials.reduce((s, t) => s + t.indicators['R-07']!.months![m]!, 0),
        `month ${m}`,
      ).toBe(year.indicators['R-07']!.months![m])
    }
  })

  it('gives the year for year to date on 31 December', async () => {
    const { stats } = await seededYear()
    const ytd = await stats(parsePeriod('2026-ytd', '2026-12-31'), '2026-12-31')
    expect(ytd.indicators).toEqual((await stats(yearPeriod(2026), '2026-12-31')).indicators)
    expect(ytd.period).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('counts a person in two tertials once in the year, once in each tertial', async () => {
    const { stats } = await seededYear()
    const year = await stats(yearPeriod(2026))
    const [t1, t2, t3] = await Promise.all(['2026-T1', '2026-T2', '2026-T3'].map((t) => stats(parsePeriod(t, '2027-02-01'))))
    // PERA1 stays in T1 and T2; the uncoded residents answered first-in-year in T2 and T3.
    expect(t1!.indicators['R-01']?.value).toBe(1)
    expect(t2!.indicators['R-01']?.value).toBe(2)
    expect(t3!.indicators['R-01']?.value).toBe(2)
    expect(year.indicators['R-01']?.value).toBe(3)
    // DAGB1 visits in all three tertials: one day user in each, one in the year.
    for (const t of [t1, t2, t3]) expect(t!.indicators['D-01']?.value).toBe(1)
    expect(year.indicators['D-01']?.value).toBe(1)
  })

  it('keeps a period’s figures apart from its year’s in the kept statistics', async () => {
    const { ctx } = await seededYear()
    const scope = { year: 2026, offer: 'all', today: '2027-02-01' } as const
    const year = await centreStatistics(ctx.db, ctx.centre.centreId, scope)
    const t2 = await centreStatistics(ctx.db, ctx.centre.centreId, { ...scope, period: parsePeriod('2026-T2', scope.today) })
    expect(t2).not.toBe(year)
    expect(t2.indicators['D-02']?.value).toBe(3)
    expect(year.indicators['D-02']?.value).toBe(6)
  })
})

describe('a stay that ended on the first day of the period', () => {
  it('counts its move-out there and as present at the start, though it has no night in it', async () => {
    const ctx = await createTestApp()
    const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
    await insertRecord(
      ctx.db,
      adultStayForm,
      ctx.centre.centreId,
      userId,
      parse(adultStayForm, { ...adultStayInput({ stay_start_date: '2025-12-20' }), ...adultCheckOut('2026-01-01') }),
      ctx.clock.now(),
    )
    const { indicators } = await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all', today: '2026-06-01' })
    expect(indicators['R-09e']?.months?.['1']).toBe(1)
    expect(indicators['R-10']?.value).toBe(1)
    expect(indicators['R-08']?.n).toBe(1)
    expect(indicators['R-04']?.value).toBe(0)
  })
})

describe('periods by name and by days', () => {
  it('reads tertials, quarters, months and year to date', () => {
    expect(parsePeriod('2026-T2', '2026-10-14')).toEqual({ from: '2026-05-01', to: '2026-09-01' })
    expect(parsePeriod('2026-T3', '2026-10-14')).toEqual({ from: '2026-09-01', to: '2027-01-01' })
    expect(parsePeriod('2026-Q3', '2026-10-14')).toEqual({ from: '2026-07-01', to: '2026-10-01' })
    expect(parsePeriod('2026-05', '2026-10-14')).toEqual({ from: '2026-05-01', to: '2026-06-01' })
    expect(parsePeriod('2026-ytd', '2026-10-14')).toEqual({ from: '2026-01-01', to: '2026-10-15' })
    expect(parsePeriod('2025-ytd', '2026-10-14')).toEqual(yearPeriod(2025))
    expect(rangePeriod('2026-02-03', '2026-02-03')).toEqual({ from: '2026-02-03', to: '2026-02-04' })
  })

  it('refuses what is not a period, saying what is wrong', () => {
    expect(() => parsePeriod('2026-T4', '2026-10-14')).toThrow(/Ukjent periode «2026-T4»/)
    expect(() => parsePeriod('2026-13', '2026-10-14')).toThrow(/Måneden i «2026-13» må være 01–12/)
    expect(() => rangePeriod('2026-02-30', '2026-03-01')).toThrow(PeriodError)
    expect(() => rangePeriod('2026-05-01', '2026-04-01')).toThrow(/før fra-datoen/)
    expect(() => rangePeriod('2025-12-01', '2026-01-31')).toThrow(/ett kalenderår/)
  })

  it('names the period in words and finds the same period last year', () => {
    expect(periodLabel(parsePeriod('2026-T2', '2026-10-14'))).toBe('2. tertial 2026')
    expect(periodLabel(parsePeriod('2026-Q1', '2026-10-14'))).toBe('1. kvartal 2026')
    expect(periodLabel(parsePeriod('2026-05', '2026-10-14'))).toBe('mai 2026')
    expect(periodLabel(parsePeriod('2026-ytd', '2026-10-14'))).toBe('1. januar–14. oktober 2026')
    expect(periodLabel(yearPeriod(2026))).toBe('2026')
    expect(samePeriodLastYear(parsePeriod('2026-T3', '2026-10-14'))).toEqual({ from: '2025-09-01', to: '2026-01-01' })
    expect(samePeriodLastYear(rangePeriod('2028-02-01', '2028-02-29'))).toEqual({ from: '2027-02-01', to: '2027-03-01' })
  })

  it('moves a period to the same days of another year, for the trend', () => {
    expect(samePeriodIn(parsePeriod('2026-T2', '2026-10-14'), 2021)).toEqual({ from: '2021-05-01', to: '2021-09-01' })
    expect(samePeriodIn(parsePeriod('2026-T3', '2026-10-14'), 2020)).toEqual({ from: '2020-09-01', to: '2021-01-01' })
    expect(samePeriodIn(parsePeriod('2026-ytd', '2026-10-14'), 2024)).toEqual({ from: '2024-01-01', to: '2024-10-15' })
    expect(samePeriodIn(rangePeriod('2028-02-29', '2028-03-10'), 2027)).toEqual({ from: '2027-02-28', to: '2027-03-11' })
    expect(samePeriodIn(yearPeriod(2026), 2019)).toEqual(yearPeriod(2019))
  })
})
