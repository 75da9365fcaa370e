import { describe, expect, it } from 'vitest'
import { bareDayVisitInput, dayVisitInput } from '@ly/forms/testing'
import { dayVisitForm, emptyRecord } from '@ly/forms'
import { insertRecord } from '../db/records'
import { createTestApp, signedInAdmin, signedInUser, type TestSession } from '../testing/test-app'

type Doc = { year: number; offer: string; indicators: Record<string, { value: number | null; n: number }> }

async function setup() {
  const ctx = await createTestApp()
  ctx.clock.advanceMinutes(60 * 24 * 300) // late in 2026, so the seeded dates are in the past
  const admin = await signedInAdmin(ctx)
  const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
  const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
  const post = async (s: TestSession, v: object) => expect((await s.request('POST', '/api/day-visits', v)).status).toBe(201)
  await post(staff, dayVisitInput({ visit_date: '2025-05-05', first_contact_year: 2024 }))
  await post(staff, dayVisitInput({ visit_date: '2026-01-05' }))
  await post(staff, dayVisitInput({ visit_date: '2026-02-05', offer: 'men', sex: 'male' }))
  await post(staff, bareDayVisitInput({ visit_date: '2026-03-05' }))
  return { ctx, staff, leader }
}

describe('GET /api/statistics', () => {
  it('is for leaders; staff get 403', async () => {
    const { staff, leader } = await setup()
    expect((await staff.request('GET', '/api/statistics?year=2026')).status).toBe(403)
    const res = await leader.request('GET', '/api/statistics?year=2026&offer=all')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as Doc
    expect(doc).toMatchObject({ year: 2026, offer: 'all' })
    expect(doc.indicators['D-02']).toEqual({ unit: 'visits', n: 3, value: 3 })
    expect(doc.indicators['D-01']?.value).toBe(2)
  })

  it('filters by offer', async () => {
    const { leader } = await setup()
    const doc = (await (await leader.request('GET', '/api/statistics?year=2026&offer=men')).json()) as Doc
    expect(doc.indicators['D-02']?.value).toBe(1)
  })

  it('refuses a bad year or offer with 422', async () => {
    const { leader } = await setup()
    const res = await leader.request('GET', '/api/statistics?year=20x6&offer=kids')
    expect(res.status).toBe(422)
    const { error } = (await res.json()) as { error: { issues: { path: string }[] } }
    expect(error.issues.map((i) => i.path).sort()).toEqual(['offer', 'year'])
  })

  it('counts a period of whole days from `from` to `to`, both included (decision 0026)', async () => {
    const { leader } = await setup()
    const res = await leader.request('GET', '/api/statistics?from=2026-02-01&to=2026-03-05')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as Doc & { period: { from: string; to: string } }
    expect(doc).toMatchObject({ year: 2026, period: { from: '2026-02-01', to: '2026-03-05' } })
    expect(doc.indicators['D-02']?.value).toBe(2)
    const dashboard = (await (await leader.request('GET', '/api/statistics/dashboard?from=2026-01-01&to=2026-04-30')).json()) as {
      current: Doc
      previous: Doc & { period: object }
    }
    expect(dashboard.current.indicators['D-02']?.value).toBe(3)
    // «Samme periode i fjor»: 1 January–30 April 2025 had no visit (the one of 2025 was in May).
    expect(dashboard.previous.period).toEqual({ from: '2025-01-01', to: '2025-04-30' })
    expect(dashboard.previous.indicators['D-02']?.value).toBe(0)
  })

  it('takes a named period (`period=2026-T1`, decision 0038) and names it and «samme periode i fjor»', async () => {
    const { leader } = await setup()
    type Named = { from: string; to: string; label: string }
    const dashboard = (await (await leader.request('GET', '/api/statistics/dashboard?period=2026-T1')).json()) as {
      current: Doc
      previous: Doc
      periods: { current: Named; previous: Named }
    }
    expect(dashboard.periods).toEqual({
      current: { from: '2026-01-01', to: '2026-04-30', label: '1. tertial 2026' },
      previous: { from: '2025-01-01', to: '2025-04-30', label: '1. tertial 2025' },
    })
    expect(dashboard.current.indicators['D-02']?.value).toBe(3)
    expect(dashboard.previous.indicators['D-02']?.value).toBe(0)
    // The year's figures are unchanged by the new parameter; a year names itself.
    const year = (await (await leader.request('GET', '/api/statistics/dashboard?year=2025')).json()) as { current: Doc; periods: { current: Named; previous: Named } }
    expect(year.periods.current).toEqual({ from: '2025-01-01', to: '2025-12-31', label: '2025' })
    expect(year.periods.previous.label).toBe('2024')
    expect(year.current.indicators['D-02']?.value).toBe(1)
    // Year to date ends on the server's today (the test clock: 27 December 2026).
    const ytd = (await (await leader.request('GET', '/api/statistics?period=2026-ytd')).json()) as Doc & { period: { from: string; to: string } }
    expect(ytd.period).toEqual({ from: '2026-01-01', to: '2026-12-27' })
    const refused = await leader.request('GET', '/api/statistics?period=2026-T4')
    expect(refused.status).toBe(422)
    expect(((await refused.json()) as { error: { issues: { path: string; message: string }[] } }).error.issues).toEqual([
      { path: 'period', message: 'Ukjent periode «2026-T4»: bruk for eksempel 2026, 2026-T2, 2026-Q3, 2026-05 eller 2026-ytd.' },
    ])
    expect((await leader.request('GET', '/api/statistics?period=2026-T1&year=2026')).status).toBe(422)
  })

  it('refuses a half or backwards period with 422 naming the field', async () => {
    const { leader } = await setup()
    const issues = async (query: string) => {
      const res = await leader.request('GET', `/api/statistics?${query}`)
      expect(res.status).toBe(422)
      return ((await res.json()) as { error: { issues: { path: string; message: string }[] } }).error.issues
    }
    expect(await issues('from=2026-02-01')).toEqual([{ path: 'to', message: 'Perioden trenger en til-dato (to).' }])
    expect(await issues('from=2026-05-01&to=2026-04-01')).toEqual([{ path: 'to', message: 'Til-datoen kan ikke være før fra-datoen.' }])
    expect((await issues('from=2025-12-01&to=2026-01-31'))[0]?.message).toMatch(/ett kalenderår/)
    expect(await issues('offer=all')).toEqual([{ path: 'year', message: 'Velg et år eller en periode (from og to).' }])
  })
})

describe('dashboard, trend and breakdown', () => {
  it('gives this year, last year, the years with data and the national figures', async () => {
    const { leader } = await setup()
    const body = (await (await leader.request('GET', '/api/statistics/dashboard?year=2026')).json()) as {
      current: Doc
      previous: Doc
      years: { first: number; last: number }
      national: { indicator: string; source: string }[]
    }
    expect(body.current.indicators['D-02']?.value).toBe(3)
    expect(body.previous.indicators['D-02']?.value).toBe(1)
    expect(body.years).toEqual({ first: 2025, last: 2026 })
    expect(body.national.find((f) => f.indicator === 'D-02')?.source).toBe('S0:26')
  })

  it('names the figures with nothing to compare with: no record of their form in last year’s period (issue 17, point 10)', async () => {
    const { leader } = await setup()
    const body = (await (await leader.request('GET', '/api/statistics/dashboard?year=2026')).json()) as { noComparison: string[] }
    // 2025 had a day visit and nothing else: the day users' figures compare, the others do not.
    expect(body.noComparison).not.toContain('D-02')
    expect(body.noComparison).not.toContain('D-01')
    expect(body.noComparison).toEqual(expect.arrayContaining(['R-01', 'R-04', 'P-01', 'T-01a']))
    expect(body.noComparison).not.toContain('LY-01')
    const year2025 = (await (await leader.request('GET', '/api/statistics/dashboard?year=2025')).json()) as { noComparison: string[] }
    expect(year2025.noComparison).toEqual(expect.arrayContaining(['D-02', 'LY-01', 'R-01']))
  })

  it('counts the records that cannot be placed as persons: no case code and no answer to «first this year» (issue 17, point 5)', async () => {
    const { ctx, leader, staff } = await setup()
    type Dashboard = { unplaced: Record<string, number>; unknownFirst: Record<string, number>; current: Doc }
    const dashboard = async () => (await (await leader.request('GET', '/api/statistics/dashboard?year=2026')).json()) as Dashboard
    const before = await dashboard()
    expect(before.unplaced).toEqual({})
    expect(before.unknownFirst).toEqual({})
    // Without a case code the question must be answered (decision 0037): a blank is refused.
    const blank = dayVisitInput({ visit_date: '2026-04-05' }) as Record<string, unknown>
    delete blank.first_visit_in_year
    const refused = await staff.request('POST', '/api/day-visits', blank)
    expect(refused.status).toBe(422)
    expect(((await refused.json()) as { error: { issues: unknown[] } }).error.issues).toEqual([{ path: 'first_visit_in_year', message: 'Må besvares.' }])
    // «Vet ikke» is an answer: counted apart, neither as a new person nor as unanswered.
    expect((await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2026-04-05', first_visit_in_year: 'unknown' }))).status).toBe(201)
    // An unanswered one still comes from history (an import, a record from before the question was required).
    await insertRecord(
      ctx.db,
      dayVisitForm,
      ctx.centre.centreId,
      null,
      { ...emptyRecord(dayVisitForm), ...dayVisitInput({ visit_date: '2026-04-06', first_visit_in_year: null }) },
      ctx.clock.now(),
    )
    const after = await dashboard()
    expect(after.unplaced).toEqual({ day_visit: 1 })
    expect(after.unknownFirst).toEqual({ day_visit: 1 })
    // Both count as visits but as nobody: that is what the counts tell.
    expect(after.current.indicators['D-02']?.value).toBe((before.current.indicators['D-02']?.value ?? 0) + 2)
    expect(after.current.indicators['D-01']?.value).toBe(before.current.indicators['D-01']?.value)
  })

  it('gives a headline trend over every year with data', async () => {
    const { leader } = await setup()
    const { points } = (await (await leader.request('GET', '/api/statistics/trend')).json()) as { points: { year: number; figures: Record<string, number> }[] }
    expect(points.map((p) => [p.year, p.figures['D-02']])).toEqual([
      [2025, 1],
      [2026, 3],
    ])
  })

  it('breaks a field down by a second field of the same form', async () => {
    const { leader } = await setup()
    const res = await leader.request('GET', '/api/statistics/breakdown?year=2026&form=day_visit&field=violence_types&by=sex&population=events')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { total: { n: number }; rows: Record<string, { n: number; categories: Record<string, { count: number }> }> }
    expect(body.total.n).toBe(2)
    expect(body.rows.male?.n).toBe(1)
    expect(body.rows.female?.categories.psychological?.count).toBe(1)
    const bad = await leader.request('GET', '/api/statistics/breakdown?year=2026&form=day_visit&field=age')
    expect(bad.status).toBe(422)
  })

  it('breaks a field down for a period, by the same period rules and parameters as the figures (decision 0048)', async () => {
    const { leader } = await setup()
    type Body = { total: { n: number }; rows: Record<string, { n: number }>; period: { from: string; to: string; label: string } }
    const get = async (query: string) => {
      const res = await leader.request('GET', `/api/statistics/breakdown?form=day_visit&field=violence_types&by=sex&population=events&${query}`)
      expect(res.status, query).toBe(200)
      return (await res.json()) as Body
    }
    const january = await get('period=2026-01')
    expect(january.total.n).toBe(1)
    expect(january.rows.male?.n).toBe(0)
    expect(january.period).toEqual({ from: '2026-01-01', to: '2026-01-31', label: 'januar 2026' })
    const february = await get('from=2026-02-01&to=2026-02-28')
    expect(february.total.n).toBe(1)
    expect(february.rows.male?.n).toBe(1)
    // Persons as the figures count them: D-01 of the same period.
    const persons = (await (await leader.request('GET', '/api/statistics/breakdown?form=day_visit&field=sex&period=2026-T1')).json()) as Body
    const doc = (await (await leader.request('GET', '/api/statistics?period=2026-T1')).json()) as Doc
    expect(persons.total.n).toBe(doc.indicators['D-01']?.n)
    expect(persons.total.n).toBeGreaterThan(0)
    const issues = async (query: string) => {
      const res = await leader.request('GET', `/api/statistics/breakdown?form=day_visit&field=sex&${query}`)
      expect(res.status).toBe(422)
      return ((await res.json()) as { error: { issues: { path: string; message: string }[] } }).error.issues
    }
    expect((await issues('period=2026-T4'))[0]).toMatchObject({ path: 'period', message: expect.stringMatching(/Ukjent periode/) })
    expect(await issues('from=2026-02-01')).toEqual([{ path: 'to', message: 'Perioden trenger en til-dato (to).' }])
    expect(await issues('offer=all')).toEqual([{ path: 'year', message: 'Velg et år eller en periode (from og to).' }])
  })

  it('gives the trend of a period: the same days of every year up to the period’s (decision 0048)', async () => {
    const { leader } = await setup()
    type Trend = { points: { year: number; period: { from: string; to: string }; figures: Record<string, number> }[]; period?: { label: string } }
    const trend = async (query: string) => {
      const res = await leader.request('GET', `/api/statistics/trend?${query}`)
      expect(res.status, query).toBe(200)
      return (await res.json()) as Trend
    }
    const t1 = await trend('period=2026-T1')
    expect(t1.points.map((p) => [p.year, p.period, p.figures['D-02']])).toEqual([
      [2025, { from: '2025-01-01', to: '2025-04-30' }, 0],
      [2026, { from: '2026-01-01', to: '2026-04-30' }, 3],
    ])
    expect(t1.period?.label).toBe('1. tertial 2026')
    expect((await trend('from=2026-05-01&to=2026-05-31')).points.map((p) => [p.year, p.figures['D-02']])).toEqual([
      [2025, 1],
      [2026, 0],
    ])
    // A year: whole years up to it, no period named.
    const upTo2025 = await trend('year=2025')
    expect(upTo2025.points.map((p) => [p.year, p.figures['D-02']])).toEqual([[2025, 1]])
    expect(upTo2025.period).toBeUndefined()
    const res = await leader.request('GET', '/api/statistics/trend?period=2026-13')
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { issues: { path: string; message: string }[] } }).error.issues).toEqual([
      { path: 'period', message: 'Måneden i «2026-13» må være 01–12.' },
    ])
  })
})
