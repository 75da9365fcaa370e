import { describe, expect, it } from 'vitest'
import { generateCaseCode } from '@ly/forms'
import { bareDayVisitInput, dayVisitInput, phoneSessionInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'

type RecordBody = { id: string; version: number; values: Record<string, unknown> }

async function staffSession(ctx: TestContext) {
  return signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
}

async function create(s: TestSession, values: object) {
  const res = await s.request('POST', '/api/day-visits', values)
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

const countRows = async (ctx: TestContext) => ({
  visits: (
    await ctx.db
      .selectFrom('day_visits' as never)
      .selectAll()
      .execute()
  ).length,
  choices: (
    await ctx.db
      .selectFrom('day_visits_choices' as never)
      .selectAll()
      .execute()
  ).length,
})

describe('day visits: registering', () => {
  it('stores a consenting visit and reads it back with every answer', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const created = await create(s, dayVisitInput())
    expect(created.version).toBe(1)
    expect(created.values).toMatchObject({ sex: 'female', age: 34, violence_types: ['psychological', 'threats'], brought_children: true })
    const read = await s.request('GET', `/api/day-visits/${created.id}`)
    // The 201's body is built from what was written, not read back: it must equal a read.
    expect(await read.json()).toEqual(created)
  })

  it('without consent stores only the bare event', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const created = await create(s, bareDayVisitInput())
    const stored = (await ctx.db
      .selectFrom('day_visits' as never)
      .selectAll()
      .executeTakeFirstOrThrow()) as Record<string, unknown>
    const nonNull = Object.entries(stored)
      .filter(([, v]) => v !== null)
      .map(([k]) => k)
      .sort()
    expect(nonNull).toEqual(['centre_id', 'consent_to_statistics', 'created_at', 'created_by', 'id', 'offer', 'updated_at', 'updated_by', 'version', 'visit_date'].sort())
    expect((await countRows(ctx)).choices).toBe(0)
    expect(created.values.consent_to_statistics).toBe(false)
  })

  it('refuses answers sent without consent, storing nothing', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const res = await s.request('POST', '/api/day-visits', dayVisitInput({ consent_to_statistics: false }))
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { issues: { path: string; message: string }[] } }
    expect(body.error.issues).toContainEqual({ path: 'sex', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    expect(await countRows(ctx)).toEqual({ visits: 0, choices: 0 })
  })

  it('answers 422 with one entry per problem, unknown fields included', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const res = await s.request('POST', '/api/day-visits', { ...dayVisitInput({ age: 7, sex: 'x' as never }), navn: 'x' })
    expect(res.status).toBe(422)
    const { error } = (await res.json()) as { error: { issues: { path: string }[] } }
    expect(error.issues.map((i) => i.path).sort()).toEqual(['age', 'navn', 'sex'])
  })

  it('refuses identifiers in free text with a message that says why', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const res = await s.request('POST', '/api/day-visits', dayVisitInput({ violence_types: ['other'], violence_other_text: 'kontakt på 41234567' }))
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({ error: { issues: [{ path: 'violence_other_text', message: expect.stringMatching(/telefonnummer/) }] } })
  })

  it('refuses malformed JSON (400) and oversized bodies (413)', async () => {
    const ctx = await createTestApp({ maxBodyBytes: 2048 })
    const s = await staffSession(ctx)
    expect((await s.request('POST', '/api/day-visits', '{"offer":')).status).toBe(400)
    expect((await s.request('POST', '/api/day-visits', { ...dayVisitInput(), pad: 'x'.repeat(4000) })).status).toBe(413)
    expect(await countRows(ctx)).toEqual({ visits: 0, choices: 0 })
  })

  it('requires a session (401) and the CSRF token (403)', async () => {
    const ctx = await createTestApp()
    expect((await new TestSession(ctx.app).request('POST', '/api/day-visits', dayVisitInput())).status).toBe(401)
    const s = await staffSession(ctx)
    expect((await s.request('POST', '/api/day-visits', dayVisitInput(), { 'x-csrf-token': 'nope' })).status).toBe(403)
  })
})

describe('day visits: case codes', () => {
  it('hands out new codes and accepts them; a mistyped new code is refused', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const { code } = (await (await s.request('POST', '/api/case-codes')).json()) as { code: string }
    expect(code).toMatch(/^[0-9A-Z]{7}$/)
    await create(s, bareDayVisitInput({ case_code: code }))
    const typo = code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A')
    const res = await s.request('POST', '/api/day-visits', bareDayVisitInput({ case_code: typo }))
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({ error: { issues: [{ path: 'case_code' }] } })
  })

  it("knows a case code across the person's forms: each carried-over answer from the newest record that has it, and the first visit in the year", async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    const phone = await s.request('POST', '/api/phone-sessions', phoneSessionInput({ case_code: code, first_session_in_year: null, session_date: '2026-01-10', sex: 'male' }))
    expect(phone.status).toBe(201)
    // The later visit says nothing of sex; the phone conversation before it did.
    const visit = await create(s, dayVisitInput({ case_code: code, first_visit_in_year: null, visit_date: '2026-02-10', sex: null, civil_status: 'single', age: 31 }))
    await create(s, bareDayVisitInput({ case_code: code, visit_date: '2026-03-01' }))
    const lookUp = async (query: string) => {
      const res = await s.request('GET', `/api/day-visits/latest?case_code=${code}${query}`)
      expect(res.status).toBe(200)
      return (await res.json()) as { lastSeen: { form: string; date: string }; values: Record<string, unknown>; earlierInYear?: string | null }
    }

    const history = await lookUp('&date=2026-03-05')
    expect(history.lastSeen).toEqual({ form: 'day_visit', date: '2026-03-01' })
    expect(history.values).toMatchObject({ sex: 'male', civil_status: 'single' })
    // Age is asked afresh at each visit: never carried over.
    expect(history.values).not.toHaveProperty('age')
    // The consenting visit of 10 February is the year's first; the bare one of 1 March is not counted.
    expect(history.earlierInYear).toBe('2026-02-10')
    expect((await lookUp('&date=2026-02-01')).earlierInYear).toBeNull()
    expect((await lookUp(`&date=2026-02-10&exclude=${visit.id}`)).earlierInYear).toBeNull()

    expect((await s.request('GET', '/api/day-visits/latest?case_code=ZZZZ')).status).toBe(404)
    const badDate = await s.request('GET', `/api/day-visits/latest?case_code=${code}&date=2026-02-30`)
    expect(badDate.status).toBe(422)
    expect(await badDate.json()).toMatchObject({ error: { issues: [{ path: 'date' }] } })
  })
})

describe('day visits: finding and correcting', () => {
  it('lists a year with filters by offer, month, consent and case code', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    await create(s, dayVisitInput({ visit_date: '2026-01-15' }))
    await create(s, dayVisitInput({ visit_date: '2026-02-01', offer: 'men', sex: 'male' }))
    await create(s, bareDayVisitInput({ visit_date: '2026-02-20', case_code: code }))
    await create(s, dayVisitInput({ visit_date: '2025-12-31', first_contact_year: 2024 }))
    const list = async (q: string) => ((await (await s.request('GET', `/api/day-visits?${q}`)).json()) as { records: RecordBody[] }).records
    expect(await list('year=2026')).toHaveLength(3)
    expect((await list('year=2026')).map((r) => r.values.visit_date)).toEqual(['2026-02-20', '2026-02-01', '2026-01-15'])
    expect(await list('year=2026&offer=men')).toHaveLength(1)
    expect(await list('year=2026&month=2')).toHaveLength(2)
    expect(await list('year=2026&consent=no')).toHaveLength(1)
    expect(await list(`year=2026&case_code=${code.toLowerCase()}`)).toHaveLength(1)
    expect(await list('year=2025')).toHaveLength(1)
    const bad = await s.request('GET', '/api/day-visits?year=abc&month=13')
    expect(bad.status).toBe(422)
  })

  it('pages a list newest first: limit, a cursor to the next page, the total of all pages', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    // Several on one day, saved at the same instant (the test clock stands still): only the id
    // tells them apart, so the order must not rest on the date and created_at alone.
    for (const day of ['03', '03', '03', '05', '05', '09', '12']) await create(s, dayVisitInput({ visit_date: `2026-02-${day}` }))
    await create(s, dayVisitInput({ visit_date: '2026-03-01' }))
    type Page = { records: RecordBody[]; total: number; nextCursor: string | null }
    const page = async (q: string) => {
      const res = await s.request('GET', `/api/day-visits?${q}`)
      expect(res.status).toBe(200)
      return (await res.json()) as Page
    }
    const all = await page('year=2026&month=2')
    expect(all).toMatchObject({ total: 7, nextCursor: null })
    expect(all.records.map((r) => r.values.visit_date)).toEqual(['2026-02-12', '2026-02-09', '2026-02-05', '2026-02-05', '2026-02-03', '2026-02-03', '2026-02-03'])

    const first = await page('year=2026&month=2&limit=3')
    expect(first.records).toHaveLength(3)
    expect(first.total).toBe(7)
    expect(first.nextCursor).toEqual(expect.any(String))
    // Registered while the first page is on the screen: newer than it, so on no later page.
    await create(s, dayVisitInput({ visit_date: '2026-02-20' }))
    const seen = first.records.map((r) => r.id)
    let cursor = first.nextCursor
    while (cursor) {
      const next = await page(`year=2026&month=2&limit=3&cursor=${cursor}`)
      expect(next.total).toBe(8)
      seen.push(...next.records.map((r) => r.id))
      cursor = next.nextCursor
    }
    expect(seen).toEqual(all.records.map((r) => r.id))
  })

  it('shows 50 a page unless asked, and refuses a bad limit or cursor (422)', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    for (let i = 0; i < 51; i++) await create(s, bareDayVisitInput({ visit_date: '2026-01-15' }))
    const body = (await (await s.request('GET', '/api/day-visits?year=2026')).json()) as { records: unknown[]; total: number; nextCursor: string | null }
    expect(body.records).toHaveLength(50)
    expect(body.total).toBe(51)
    expect(body.nextCursor).not.toBeNull()
    const issues = async (q: string) => {
      const res = await s.request('GET', `/api/day-visits?year=2026&${q}`)
      expect(res.status).toBe(422)
      return ((await res.json()) as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)
    }
    expect(await issues('limit=0')).toEqual(['limit'])
    expect(await issues('limit=201')).toEqual(['limit'])
    expect(await issues('cursor=not-a-cursor')).toEqual(['cursor'])
    // Well-formed, but a year where a day visit's date belongs.
    expect(await issues(`cursor=${Buffer.from(JSON.stringify([2026, '2026-01-15T00:00:00.000Z', 'x'])).toString('base64url')}`)).toEqual(['cursor'])
  })

  it('updates with the version it was read at; a stale version gets 409 and changes nothing', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const a = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const b = await signedInUser(ctx, admin, 'vakt2', 'staff')
    const created = await create(a, dayVisitInput())
    const first = await a.request('PUT', `/api/day-visits/${created.id}`, { version: 1, values: dayVisitInput({ age: 40 }) })
    expect(first.status).toBe(200)
    expect(((await first.json()) as RecordBody).version).toBe(2)
    const second = await b.request('PUT', `/api/day-visits/${created.id}`, { version: 1, values: dayVisitInput({ age: 50 }) })
    expect(second.status).toBe(409)
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/endret av noen andre/)
    const now = (await (await a.request('GET', `/api/day-visits/${created.id}`)).json()) as RecordBody
    expect(now.values.age).toBe(40)
  })

  it('withdraws consent: the answers are erased, the bare event stays', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    const created = await create(s, dayVisitInput({ case_code: code, first_visit_in_year: null }))
    const res = await s.request('POST', `/api/day-visits/${created.id}/withdraw-consent`, { version: 1 })
    expect(res.status).toBe(200)
    const after = (await res.json()) as RecordBody
    expect(after.values).toMatchObject({ consent_to_statistics: false, offer: 'women', visit_date: '2026-03-02', case_code: code, sex: null, violence_types: [] })
    expect((await countRows(ctx)).choices).toBe(0)
  })

  it('deletes with the right version only', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const created = await create(s, dayVisitInput())
    expect((await s.request('DELETE', `/api/day-visits/${created.id}`, { version: 7 })).status).toBe(409)
    expect((await s.request('DELETE', `/api/day-visits/${created.id}`, { version: 1 })).status).toBe(204)
    expect((await s.request('GET', `/api/day-visits/${created.id}`)).status).toBe(404)
    expect(await countRows(ctx)).toEqual({ visits: 0, choices: 0 })
  })
})

describe('day visits: centre isolation and audit', () => {
  it('a user of another centre can neither see nor touch the records (404)', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const created = await create(s, dayVisitInput())
    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
    const o = new TestSession(ctx.app)
    await o.signInAndSetPassword(other.adminUsername, other.adminPassword)
    expect(((await (await o.request('GET', '/api/day-visits?year=2026')).json()) as { records: unknown[] }).records).toEqual([])
    expect((await o.request('GET', `/api/day-visits/${created.id}`)).status).toBe(404)
    expect((await o.request('PUT', `/api/day-visits/${created.id}`, { version: 1, values: dayVisitInput() })).status).toBe(404)
    expect((await o.request('DELETE', `/api/day-visits/${created.id}`, { version: 1 })).status).toBe(404)
    expect((await o.request('POST', `/api/day-visits/${created.id}/withdraw-consent`, { version: 1 })).status).toBe(404)
  })

  it('audits create, update, consent withdrawal and delete without answer values', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const created = await create(s, dayVisitInput({ violence_types: ['other'], violence_other_text: 'stalking over tid' }))
    await s.request('PUT', `/api/day-visits/${created.id}`, { version: 1, values: dayVisitInput({ age: 41, violence_types: ['other'], violence_other_text: 'stalking over tid' }) })
    await s.request('POST', `/api/day-visits/${created.id}/withdraw-consent`, { version: 2 })
    await s.request('DELETE', `/api/day-visits/${created.id}`, { version: 3 })
    const events = await ctx.db.selectFrom('audit_events').selectAll().where('target_kind', '=', 'day_visit').orderBy('id').execute()
    expect(events.map((e) => [e.action, e.target_id])).toEqual([
      ['record.created', created.id],
      ['record.updated', created.id],
      ['record.consent_withdrawn', created.id],
      ['record.deleted', created.id],
    ])
    expect(JSON.parse(events[1]!.details!)).toEqual({ fields: ['age'] })
    const dump = JSON.stringify(events) + ctx.logger.lines.join()
    for (const value of ['stalking', 'female', 'psychological']) expect(dump).not.toContain(value)
    for (const e of events) expect(e.details ?? '').not.toMatch(/41/)
  })
})
