import { describe, expect, it } from 'vitest'
import { generateCaseCode } from '@ly/forms'
import { adultCheckOut, adultStayInput, bareAdultStayInput, bareChildStayInput, childStayInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { countRows, createAdultStay, createChildStay, issuesOf, put, staffSession, type ErrorBody, type StayBody } from '../testing/stays'
import { createTestApp, TestSession } from '../testing/test-app'

describe('adult stays: concurrent registrations', () => {
  it('of one case code at the same time: one is stored, the other refused as overlapping', async () => {
    // On SQLite writes are serial; on PostgreSQL the per-centre transaction lock (db/postgres.ts)
    // must keep the overlap check and the insert together, or both would be stored.
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    const body = adultStayInput({ case_code: code, first_stay_in_year: null })
    const results = await Promise.all([1, 2, 3].map(() => s.request('POST', '/api/adult-stays', body)))
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422])
    expect(await countRows(ctx, 'adult_stays')).toBe(1)
  })
})

describe('adult stays: check-in', () => {
  it('registers a stay (201) with nights so far and the check-in answers still missing', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const stay = await createAdultStay(s, adultStayInput({ age: null }))
    expect(stay.values).toMatchObject({ stay_start_date: '2026-02-01', stay_end_date: null, violence_types: ['psychological', 'physical'] })
    // The test clock stands at 2026-03-02: 28 nights in February, 1 in March.
    expect(stay.derived).toEqual({ nights: 29, status: 'open', missing: [{ key: 'age', label: 'Alder ved innflytting' }] })
  })

  it('without consent keeps only the bare event: offer, dates and case code', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    await createAdultStay(s, bareAdultStayInput({ case_code: code, stay_end_date: '2026-02-03' }))
    const row = (await ctx.db
      .selectFrom('adult_stays' as never)
      .selectAll()
      .executeTakeFirstOrThrow()) as Record<string, unknown>
    const kept = Object.entries(row)
      .filter(([, v]) => v !== null)
      .map(([k]) => k)
      .sort()
    expect(kept).toEqual([
      'case_code',
      'centre_id',
      'consent_to_statistics',
      'created_at',
      'created_by',
      'id',
      'offer',
      'stay_end_date',
      'stay_start_date',
      'updated_at',
      'updated_by',
      'version',
    ])
    expect(await countRows(ctx, 'adult_stays_choices')).toBe(0)
    const res = await s.request('POST', '/api/adult-stays', adultStayInput({ consent_to_statistics: false }))
    expect(res.status).toBe(422)
    expect(issuesOf((await res.json()) as ErrorBody)).toContainEqual({ path: 'sex', message: 'Kan ikke lagres uten samtykke til statistikk.' })
  })

  it('refuses ages under 16, future check-in and unknown fields with Norwegian messages (422)', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const res = await s.request('POST', '/api/adult-stays', { ...adultStayInput({ age: 15, stay_start_date: '2026-03-03' }), navn: 'x' })
    expect(res.status).toBe(422)
    expect(issuesOf((await res.json()) as ErrorBody)).toEqual(
      expect.arrayContaining([
        { path: 'age', message: 'Må være minst 16 år.' },
        { path: 'stay_start_date', message: 'Datoen kan ikke være etter i dag.' },
        { path: 'navn', message: 'Ukjent felt.' },
      ]),
    )
    expect(await countRows(ctx, 'adult_stays')).toBe(0)
  })

  it('requires a session (401) and the CSRF token (403); refuses oversized bodies (413)', async () => {
    const ctx = await createTestApp({ maxBodyBytes: 4096 })
    expect((await new TestSession(ctx.app).request('POST', '/api/adult-stays', adultStayInput())).status).toBe(401)
    expect((await new TestSession(ctx.app).request('GET', '/api/occupancy')).status).toBe(401)
    const s = await staffSession(ctx)
    expect((await s.request('POST', '/api/adult-stays', adultStayInput(), { 'x-csrf-token': 'nope' })).status).toBe(403)
    expect((await s.request('POST', '/api/adult-stays', { ...adultStayInput(), pad: 'x'.repeat(5000) })).status).toBe(413)
    expect(await countRows(ctx, 'adult_stays')).toBe(0)
  })

  it('refuses two overlapping stays of one case code; leaving and returning the same day is fine', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    await createAdultStay(s, adultStayInput({ case_code: code, first_stay_in_year: null, stay_start_date: '2026-01-05', stay_end_date: '2026-01-20' }))
    const clash = await s.request('POST', '/api/adult-stays', adultStayInput({ case_code: code, first_stay_in_year: null, stay_start_date: '2026-01-19' }))
    expect(clash.status).toBe(422)
    expect(issuesOf((await clash.json()) as ErrorBody)).toEqual([
      { path: 'stay_start_date', message: 'Saksnummeret har allerede et opphold 05.01.2026–20.01.2026. Samme person kan ikke ha to opphold samtidig.' },
    ])
    const open = await createAdultStay(s, adultStayInput({ case_code: code, first_stay_in_year: null, stay_start_date: '2026-01-20' }))
    // An open stay runs on: no later stay of the same person may begin while it lasts.
    const later = await s.request('POST', '/api/adult-stays', bareAdultStayInput({ case_code: code, stay_start_date: '2026-02-25' }))
    expect(later.status).toBe(422)
    // A stay may be corrected without clashing with itself.
    expect((await put(s, `/api/adult-stays/${open.id}`, 1, adultStayInput({ case_code: code, first_stay_in_year: null, stay_start_date: '2026-01-21' }))).status).toBe(200)
  })
})

describe('adult stays: check-out', () => {
  it('checks out with the end-of-stay answers; the stay is complete and audited as a check-out', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const stay = await createAdultStay(s, adultStayInput())
    const out = await put(s, `/api/adult-stays/${stay.id}`, 1, adultStayInput(adultCheckOut('2026-02-20')))
    expect(out.status).toBe(200)
    expect(out.body.derived).toEqual({ nights: 19, status: 'complete', missing: [] })
    const events = await ctx.db.selectFrom('audit_events').select(['action', 'details']).where('target_kind', '=', 'adult_stay').orderBy('id').execute()
    expect(events.map((e) => e.action)).toEqual(['record.created', 'record.checked_out'])
    expect((JSON.parse(events[1]!.details!) as { fields: string[] }).fields).toEqual(expect.arrayContaining(['stay_end_date', 'assistance', 'destination_after_stay']))
    expect(JSON.stringify(events)).not.toMatch(/new_other_home|reported_by_self|2026-02-20/)
  })

  it('saves a check-out without the end-of-stay answers as incomplete, listing what is missing', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const stay = await createAdultStay(s, adultStayInput())
    const out = await put(s, `/api/adult-stays/${stay.id}`, 1, adultStayInput({ stay_end_date: '2026-03-02' }))
    expect(out.status).toBe(200)
    expect(out.body.derived.status).toBe('incomplete')
    expect(out.body.derived.missing.map((m) => m.label)).toEqual([
      'Bistand gitt under oppholdet',
      'Anmelde forholdet',
      'Hvor drar beboeren etter oppholdet ved krisesentertilbudet?',
    ])
    const finished = await put(s, `/api/adult-stays/${stay.id}`, 2, adultStayInput(adultCheckOut('2026-03-02')))
    expect(finished.body.derived.status).toBe('complete')
  })

  it('refuses a check-out before check-in or in the future (422), and a stale version (409)', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const stay = await createAdultStay(s, adultStayInput())
    const early = await put(s, `/api/adult-stays/${stay.id}`, 1, adultStayInput({ stay_end_date: '2026-01-31' }))
    expect(early.status).toBe(422)
    expect(issuesOf(early.body)).toEqual([{ path: 'values.stay_end_date', message: 'Utflyttingsdatoen kan ikke være før innflyttingsdatoen.' }])
    const future = await put(s, `/api/adult-stays/${stay.id}`, 1, adultStayInput({ stay_end_date: '2026-03-03' }))
    expect(issuesOf(future.body)).toEqual([{ path: 'values.stay_end_date', message: 'Datoen kan ikke være etter i dag.' }])
    expect((await put(s, `/api/adult-stays/${stay.id}`, 1, adultStayInput({ stay_end_date: '2026-02-01' }))).status).toBe(200) // same day
    const stale = await put(s, `/api/adult-stays/${stay.id}`, 1, adultStayInput(adultCheckOut('2026-02-10')))
    expect(stale.status).toBe(409)
  })
})

describe('adult stays: lists', () => {
  it('lists the stays of a year by their nights, with filters for open/closed, consent, month, offer and case code', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    await createAdultStay(s, adultStayInput({ stay_start_date: '2025-12-30', ...adultCheckOut('2026-01-02') })) // across New Year
    await createAdultStay(s, adultStayInput({ stay_start_date: '2025-11-01', ...adultCheckOut('2026-01-01') })) // last night 31.12
    await createAdultStay(s, bareAdultStayInput({ stay_start_date: '2025-12-01', case_code: code })) // open since 2025
    await createAdultStay(s, adultStayInput({ stay_start_date: '2026-02-10', offer: 'men', sex: 'male' }))
    await createAdultStay(s, bareAdultStayInput({ stay_start_date: '2026-03-02' })) // checked in today, no night yet
    const list = async (q: string) => ((await (await s.request('GET', `/api/adult-stays?${q}`)).json()) as { records: StayBody[] }).records
    const starts = async (q: string) => (await list(q)).map((r) => r.values.stay_start_date)
    expect(await starts('year=2026')).toEqual(['2026-03-02', '2026-02-10', '2025-12-30', '2025-12-01'])
    expect(await starts('year=2025')).toEqual(['2025-12-30', '2025-12-01', '2025-11-01'])
    expect(await starts('year=2026&status=open')).toEqual(['2026-03-02', '2026-02-10', '2025-12-01'])
    expect(await starts('year=2026&status=closed')).toEqual(['2025-12-30'])
    expect(await starts('year=2026&consent=no')).toEqual(['2026-03-02', '2025-12-01'])
    expect(await starts('year=2026&month=2')).toEqual(['2026-02-10', '2025-12-01'])
    expect(await starts('year=2026&offer=men')).toEqual(['2026-02-10'])
    expect(await starts(`year=2026&case_code=${code.toLowerCase()}`)).toEqual(['2025-12-01'])
    // List rows are short (the bare event and list fields) but carry the derived facts.
    const [row] = await list('year=2026&offer=men')
    expect(Object.keys(row!.values).sort()).toEqual(['age', 'case_code', 'consent_to_statistics', 'offer', 'sex', 'stay_end_date', 'stay_start_date'].sort())
    expect(row!.derived).toMatchObject({ nights: 20, status: 'open' })
    expect((await s.request('GET', '/api/adult-stays?year=2026&status=maybe')).status).toBe(422)
  })

  it("carries each row's number of children (none, one, two), on every page", async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const none = await createAdultStay(s, adultStayInput({ stay_start_date: '2026-01-05', ...adultCheckOut('2026-01-20') }))
    const two = await createAdultStay(s, adultStayInput({ stay_start_date: '2026-02-01' }))
    await createChildStay(s, two.id, childStayInput({ stay_start_date: '2026-02-01' }))
    await createChildStay(s, two.id, childStayInput({ stay_start_date: '2026-02-03', sex: 'boy', age: 3 }))
    // Without consent the child keeps only the bare event, and still counts.
    const one = await createAdultStay(s, bareAdultStayInput({ stay_start_date: '2026-02-20' }))
    await createChildStay(s, one.id, bareChildStayInput({ stay_start_date: '2026-02-20' }))
    type Page = { records: (StayBody & { related?: { children: number } })[]; nextCursor: string | null }
    const page = async (q: string) => (await (await s.request('GET', `/api/adult-stays?${q}`)).json()) as Page
    const counts = (p: Page) => p.records.map((r) => [r.id, r.related])
    expect(counts(await page('year=2026'))).toEqual([
      [one.id, { children: 1 }],
      [two.id, { children: 2 }],
      [none.id, { children: 0 }],
    ])
    // A page holds only its own rows' counts: the second page's stay is counted there.
    const first = await page('year=2026&limit=2')
    expect(counts(first)).toEqual([
      [one.id, { children: 1 }],
      [two.id, { children: 2 }],
    ])
    expect(counts(await page(`year=2026&limit=2&cursor=${first.nextCursor}`))).toEqual([[none.id, { children: 0 }]])
  })
})

describe('adult stays: correcting and deleting', () => {
  it('is invisible to another centre (404) and deletes with the right version only', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const stay = await createAdultStay(s, adultStayInput())
    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
    const o = new TestSession(ctx.app)
    await o.signInAndSetPassword(other.adminUsername, other.adminPassword)
    expect((await o.request('GET', `/api/adult-stays/${stay.id}`)).status).toBe(404)
    expect((await o.request('GET', `/api/adult-stays/${stay.id}/children`)).status).toBe(404)
    expect((await put(o, `/api/adult-stays/${stay.id}`, 1, adultStayInput())).status).toBe(404)
    expect((await o.request('DELETE', `/api/adult-stays/${stay.id}`, { version: 1 })).status).toBe(404)
    expect(((await (await o.request('GET', '/api/occupancy')).json()) as { adults: unknown[] }).adults).toEqual([])
    expect((await s.request('DELETE', `/api/adult-stays/${stay.id}`, { version: 2 })).status).toBe(409)
    expect((await s.request('DELETE', `/api/adult-stays/${stay.id}`, { version: 1 })).status).toBe(204)
    expect(await countRows(ctx, 'adult_stays_choices')).toBe(0)
  })
})
