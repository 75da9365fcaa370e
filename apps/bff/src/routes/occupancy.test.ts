import { describe, expect, it } from 'vitest'
import { generateCaseCode } from '@ly/forms'
import { adultCheckOut, adultStayInput, bareAdultStayInput, bareChildStayInput, childStayInput, centreYearInput } from '@ly/forms/testing'
import { createAdultStay, createChildStay, put, staffSession } from '../testing/stays'
import { createTestApp, signedInAdmin, signedInUser, type TestSession } from '../testing/test-app'

interface Entry {
  form: string
  id: string
  version: number
  adultStayId: string | null
  caseCode: string | null
  offer: string
  consent: boolean
  startDate: string
  nights: number
  missing: { key: string; label: string }[]
  sex: { key: string; label: string } | null
  age: number | null
}
interface Board {
  asOf: string
  offer: string
  places: { offer: string; year: number; beds: number }[]
  adults: Entry[]
  children: Entry[]
}

const board = async (s: TestSession, q = '') => {
  const res = await s.request('GET', `/api/occupancy${q}`)
  expect(res.status).toBe(200)
  return (await res.json()) as Board
}

describe('"Nå på senteret": the occupancy board', () => {
  it('shows open stays of adults and children by case code, with nights so far and missing answers', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    const adult = await createAdultStay(s, adultStayInput({ case_code: code, first_stay_in_year: null, sex: null }))
    const child = await createChildStay(s, adult.id, childStayInput({ stay_start_date: '2026-02-20', age: null }))
    await createAdultStay(s, adultStayInput({ stay_start_date: '2026-01-10', ...adultCheckOut('2026-01-20') })) // gone
    const b = await board(s, '?offer=women')
    expect(b.asOf).toBe('2026-03-02')
    expect(b.adults).toEqual([
      {
        form: 'adult_stay',
        id: adult.id,
        version: 1,
        adultStayId: null,
        caseCode: code,
        offer: 'women',
        consent: true,
        startDate: '2026-02-01',
        nights: 29,
        missing: [{ key: 'sex', label: 'Kjønn' }],
        sex: null,
        age: 34,
      },
    ])
    expect(b.children).toEqual([
      {
        form: 'child_stay',
        id: child.id,
        version: 1,
        adultStayId: adult.id,
        caseCode: null,
        offer: 'women',
        consent: true,
        startDate: '2026-02-20',
        nights: 10,
        missing: [{ key: 'age', label: 'Barnets alder ved innflytting' }],
        sex: { key: 'girl', label: 'Jente' },
        age: null,
      },
    ])
    // Never a name: an entry holds the bare event, nights, sex and age (to tell rows apart) and the labels of missing questions only.
    expect(Object.keys(b.adults[0]!).sort()).toEqual(['adultStayId', 'age', 'caseCode', 'consent', 'form', 'id', 'missing', 'nights', 'offer', 'sex', 'startDate', 'version'])
    expect(b.places).toEqual([])
  })

  it('filters by offer, shows bare stays without missing answers, and drops a stay once checked out', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const men = await createAdultStay(s, bareAdultStayInput({ offer: 'men', stay_start_date: '2026-03-02' }))
    await createChildStay(s, men.id, bareChildStayInput({ offer: 'men', stay_start_date: '2026-03-02' }))
    await createAdultStay(s, adultStayInput())
    expect((await board(s, '?offer=men')).adults).toEqual([expect.objectContaining({ id: men.id, consent: false, nights: 0, missing: [] })])
    expect((await board(s, '?offer=men')).children).toHaveLength(1)
    expect((await board(s)).adults).toHaveLength(2)
    expect((await s.request('GET', '/api/occupancy?offer=kids')).status).toBe(422)
    const kids = (await board(s, '?offer=men')).children
    expect((await put(s, `/api/child-stays/${kids[0]!.id}`, 1, bareChildStayInput({ offer: 'men', stay_start_date: '2026-03-02', stay_end_date: '2026-03-02' }))).status).toBe(200)
    expect((await put(s, `/api/adult-stays/${men.id}`, 1, bareAdultStayInput({ offer: 'men', stay_start_date: '2026-03-02', stay_end_date: '2026-03-02' }))).status).toBe(200)
    expect(await board(s, '?offer=men')).toMatchObject({ adults: [], children: [] })
  })

  it('counts nights so far in Oslo time: after midnight in Oslo another night has passed', async () => {
    // Sessions long enough to outlive the clock jump below.
    const ctx = await createTestApp({ sessionIdleMinutes: 24 * 60, sessionAbsoluteHours: 48 })
    const s = await staffSession(ctx)
    await createAdultStay(s, bareAdultStayInput({ stay_start_date: '2026-03-01' }))
    expect((await board(s)).adults[0]?.nights).toBe(1)
    ctx.clock.advanceMinutes(14 * 60 + 30) // 2026-03-02T23:30Z = 00:30 on 3 March in Oslo
    expect((await board(s)).adults[0]?.nights).toBe(2)
  })

  it("gives each offer's places from the annual centre form: this year's, else the latest earlier year that says", async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    for (const values of [
      centreYearInput({ report_year: 2024, offer: 'women', fixed_beds: 9 }),
      centreYearInput({ report_year: 2025, offer: 'women', fixed_beds: 8 }),
      centreYearInput({ report_year: 2026, offer: 'women', fixed_beds: null }),
      centreYearInput({ report_year: 2025, offer: 'men', special_competence: [], child_responsible_staff: null, fixed_beds: 2 }),
    ])
      expect((await leader.request('POST', '/api/centre-years', values)).status).toBe(201)
    // Staff read the places on the board, though the annual form itself is for leaders.
    expect((await board(staff)).places).toEqual([
      { offer: 'women', year: 2025, beds: 8 },
      { offer: 'men', year: 2025, beds: 2 },
    ])
    expect((await board(staff, '?offer=men')).places).toEqual([{ offer: 'men', year: 2025, beds: 2 }])
  })
})
