import { describe, expect, it } from 'vitest'
import { centreYearInput } from '@ly/forms/testing'
import { createTestApp, signedInAdmin, signedInUser, type TestSession } from '../testing/test-app'

type RecordBody = { id: string; version: number; values: Record<string, unknown> }
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }
type Prefill = { fromYear: number | null; values: Record<string, unknown> | null; dropped: { field: string; option: string; label: string; message: string }[] }
const URL = '/api/centre-years'

async function setUp() {
  const ctx = await createTestApp()
  const admin = await signedInAdmin(ctx)
  return { ctx, admin, staff: await signedInUser(ctx, admin, 'vakt1', 'staff'), leader: await signedInUser(ctx, admin, 'leder1', 'leader') }
}

async function create(s: TestSession, values: object) {
  const res = await s.request('POST', URL, values)
  expect(
    res.status,
    JSON.stringify(
      await res
        .clone()
        .json()
        .catch(() => null),
    ),
  ).toBe(201)
  return (await res.json()) as RecordBody
}

describe('/api/centre-years', () => {
  it('is for leaders and administrators: staff get 403 on every route', async () => {
    const { staff, admin } = await setUp()
    expect((await staff.request('GET', `${URL}?year=2025`)).status).toBe(403)
    expect((await staff.request('POST', URL, centreYearInput())).status).toBe(403)
    expect((await staff.request('GET', `${URL}/prefill?year=2026&offer=women`)).status).toBe(403)
    expect((await admin.request('POST', URL, centreYearInput())).status).toBe(201)
  })

  it('stores a year of answers (201), lists it by year and reads it back, audited as centre_year', async () => {
    const { ctx, leader } = await setUp()
    const created = await create(leader, centreYearInput())
    expect(created.values).toMatchObject({ offer: 'women', report_year: 2025, residents_offers: expect.arrayContaining(['responsibility_group']) })
    const list = (await (await leader.request('GET', `${URL}?year=2025&offer=women`)).json()) as { records: RecordBody[] }
    expect(list.records.map((r) => r.id)).toEqual([created.id])
    expect(((await (await leader.request('GET', `${URL}?year=2024`)).json()) as { records: unknown[] }).records).toEqual([])
    expect(((await (await leader.request('GET', `${URL}/${created.id}`)).json()) as RecordBody).values).toEqual(created.values)
    expect((await leader.request('GET', `${URL}?year=2025&month=3`)).status).toBe(422)
    const audit = await ctx.db.selectFrom('audit_events').select(['action', 'target_kind']).where('action', '=', 'record.created').execute()
    expect(audit).toEqual([{ action: 'record.created', target_kind: 'centre_year' }])
  })

  it('allows one form per offer and year: a second one is 409 with a clear message; the other offer is fine', async () => {
    const { leader } = await setUp()
    const first = await create(leader, centreYearInput())
    const again = await leader.request('POST', URL, centreYearInput({ fixed_beds: 3 }))
    expect(again.status).toBe(409)
    expect(((await again.json()) as ErrorBody).error).toMatchObject({
      code: 'centre_year_exists',
      message: 'Årsskjemaet for tilbudet til kvinner i 2025 finnes allerede. Åpne det og endre svarene der.',
    })
    const men = await create(leader, centreYearInput({ offer: 'men', special_competence: [], child_responsible_staff: null }))
    // Moving the men's form onto the women's year is the same duplicate.
    const moved = await leader.request('PUT', `${URL}/${men.id}`, { version: men.version, values: { ...men.values, offer: 'women' } })
    expect(moved.status).toBe(409)
    const updated = await leader.request('PUT', `${URL}/${first.id}`, { version: first.version, values: { ...first.values, fixed_beds: 10 } })
    expect(updated.status).toBe(200)
    const stale = await leader.request('PUT', `${URL}/${first.id}`, { version: first.version, values: first.values })
    expect(((await stale.json()) as ErrorBody).error.code).toBe('conflict')
  })

  it('refuses what the year does not offer (422): retired options, women-only questions on the men’s form, a future year', async () => {
    const { leader } = await setUp()
    const retired = await leader.request('POST', URL, centreYearInput({ residents_offers: ['threat_assessment'] }))
    expect(retired.status).toBe(422)
    expect(((await retired.json()) as ErrorBody).error.issues).toEqual([
      { path: 'residents_offers', message: '«Systematisk kartlegging av trusler/beskyttelsesbehov» kan ikke velges for registreringer i 2025.' },
    ])
    expect((await leader.request('POST', URL, centreYearInput({ offer: 'men' }))).status).toBe(422)
    expect((await leader.request('POST', URL, centreYearInput({ report_year: 2027 }))).status).toBe(422)
    expect((await leader.request('POST', URL, { ...centreYearInput(), consent_to_statistics: true })).status).toBe(422)
  })

  it("prefills a new year from the latest earlier one, mapped to the new year's options", async () => {
    const { leader } = await setUp()
    const empty = (await (await leader.request('GET', `${URL}/prefill?year=2026&offer=women`)).json()) as Prefill
    expect(empty).toEqual({ fromYear: null, values: null, dropped: [] })
    await create(leader, { offer: 'women', report_year: 2020, residents_offers: ['threat_assessment', 'responsibility_group'], fixed_beds: 6 })
    await create(leader, centreYearInput({ offer: 'men', report_year: 2024, special_competence: [], child_responsible_staff: null, fixed_beds: 2 }))
    const res = await leader.request('GET', `${URL}/prefill?year=2022&offer=women`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Prefill
    expect(body.fromYear).toBe(2020)
    expect(body.values).toMatchObject({ offer: 'women', report_year: 2022, residents_offers: ['responsibility_group'], fixed_beds: 6 })
    expect(body.dropped).toEqual([
      {
        field: 'residents_offers',
        fieldLabel: 'Hva slags hjelp får beboere tilbud om?',
        option: 'threat_assessment',
        label: 'Systematisk kartlegging av trusler/beskyttelsesbehov',
        message: '«Systematisk kartlegging av trusler/beskyttelsesbehov» (Hva slags hjelp får beboere tilbud om?) kan ikke velges for 2022 og er ikke tatt med fra 2020.',
      },
    ])
    // The carried-forward answers are a valid form for the new year as they stand.
    expect((await leader.request('POST', URL, body.values)).status).toBe(201)
    expect((await leader.request('GET', `${URL}/prefill?year=2026&offer=women`)).status).toBe(200)
    const fromMen = (await (await leader.request('GET', `${URL}/prefill?year=2026&offer=men`)).json()) as Prefill
    expect(fromMen).toMatchObject({ fromYear: 2024, values: { offer: 'men', report_year: 2026, fixed_beds: 2 } })
    expect((await leader.request('GET', `${URL}/prefill?year=2026&offer=both`)).status).toBe(422)
  })

  it('a locked year locks its annual form too (423)', async () => {
    const { leader } = await setUp()
    const record = await create(leader, centreYearInput())
    expect((await leader.request('POST', '/api/years/2025/lock', {})).status).toBe(200)
    const res = await leader.request('PUT', `${URL}/${record.id}`, { version: record.version, values: { ...record.values, fixed_beds: 1 } })
    expect(res.status).toBe(423)
  })
})
