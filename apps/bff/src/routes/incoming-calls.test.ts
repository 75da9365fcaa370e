import { describe, expect, it } from 'vitest'
import { detailedCallInput, quickCallInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'

type RecordBody = { id: string; version: number; values: Record<string, unknown> }
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }
type Tally = { date: string; total: number; inScope: number; crisisCalls: number; byCallerType: { key: string; label: string; retired: boolean; count: number }[] }
const URL = '/api/incoming-calls'

async function twoStaff(ctx: TestContext) {
  const admin = await signedInAdmin(ctx)
  return { admin, a: await signedInUser(ctx, admin, 'vakt1', 'staff'), b: await signedInUser(ctx, admin, 'vakt2', 'staff') }
}

async function register(ctx: TestContext, s: TestSession, values: object) {
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
  ctx.clock.advanceMinutes(1) // calls come in one after another
  return (await res.json()) as RecordBody
}

const tally = async (s: TestSession, date = '2026-03-02') => (await (await s.request('GET', `${URL}/tally?date=${date}`)).json()) as Tally
const countRows = async (ctx: TestContext) =>
  (
    await ctx.db
      .selectFrom('incoming_calls' as never)
      .selectAll()
      .execute()
  ).length

describe('incoming calls: quick entry', () => {
  it('registers a call from the minimal body and one with every detail', async () => {
    const ctx = await createTestApp()
    const { a } = await twoStaff(ctx)
    const quick = await register(ctx, a, quickCallInput())
    expect(quick.values).toEqual({
      offer: 'women',
      call_date: '2026-03-02',
      in_scope: true,
      caller_type: 'police',
      is_crisis_call: null,
      on_behalf_of_self: null,
      call_reason: null,
      minority_language_background: null,
    })
    const detailed = await register(ctx, a, detailedCallInput())
    expect(detailed.values).toMatchObject({ caller_type: 'woman_private', on_behalf_of_self: true, call_reason: 'violence' })
    expect((await register(ctx, a, { offer: 'men', call_date: '2026-03-02', in_scope: false })).values.caller_type).toBeNull()
  })

  it('refuses free text, unknown categories and missing answers (422), storing nothing', async () => {
    const ctx = await createTestApp()
    const { a } = await twoStaff(ctx)
    const note = await a.request('POST', URL, { ...quickCallInput(), note: 'ringte fra 41234567' })
    expect(note.status).toBe(422)
    expect(((await note.json()) as ErrorBody).error.issues).toEqual([{ path: 'note', message: 'Ukjent felt.' }])
    const unknown = await a.request('POST', URL, quickCallInput({ caller_type: 'local_nope' }))
    expect(((await unknown.json()) as ErrorBody).error.issues).toEqual([{ path: 'caller_type', message: 'Ugyldig valg.' }])
    const missing = await a.request('POST', URL, quickCallInput({ caller_type: null }))
    expect(((await missing.json()) as ErrorBody).error.issues).toEqual([{ path: 'caller_type', message: 'Må besvares.' }])
    expect(await countRows(ctx)).toBe(0)
  })

  it('counts the day by caller category, zero-filled, with a total and crisis calls', async () => {
    const ctx = await createTestApp()
    const { a, b } = await twoStaff(ctx)
    await register(ctx, a, quickCallInput({ caller_type: 'police' }))
    await register(ctx, b, quickCallInput({ caller_type: 'police', is_crisis_call: true }))
    await register(ctx, a, quickCallInput({ caller_type: 'nav', offer: 'men' }))
    await register(ctx, a, { offer: 'women', call_date: '2026-03-02', in_scope: false })
    await register(ctx, a, quickCallInput({ call_date: '2026-03-01' }))
    const t = await tally(a)
    expect(t).toMatchObject({ date: '2026-03-02', total: 4, inScope: 3, crisisCalls: 1 })
    expect(t.byCallerType).toHaveLength(9)
    expect(t.byCallerType.find((c) => c.key === 'police')).toEqual({ key: 'police', label: 'Politiet', retired: false, count: 2 })
    expect(t.byCallerType.find((c) => c.key === 'lawyer')!.count).toBe(0)
    const men = (await (await a.request('GET', `${URL}/tally?date=2026-03-02&offer=men`)).json()) as Tally
    expect(men.total).toBe(1)
    expect((await a.request('GET', `${URL}/tally?date=2026-02-30`)).status).toBe(422)
  })

  it("undoes the user's own latest call only, within the window, and audits it", async () => {
    const ctx = await createTestApp()
    const { a, b } = await twoStaff(ctx)
    const mine = await register(ctx, a, quickCallInput({ caller_type: 'nav' }))
    const last = await register(ctx, a, quickCallInput({ caller_type: 'lawyer' }))
    await register(ctx, b, quickCallInput({ caller_type: 'police' }))
    // b's call is newer, but a's undo reaches only a's own latest.
    const stale = await a.request('POST', `${URL}/undo-last`, { id: mine.id })
    expect(stale.status).toBe(409)
    const undone = await a.request('POST', `${URL}/undo-last`, { id: last.id })
    expect(undone.status).toBe(200)
    expect(((await undone.json()) as { undone: RecordBody }).undone).toMatchObject({ id: last.id, values: { caller_type: 'lawyer' } })
    expect((await tally(a)).total).toBe(2)

    ctx.clock.advanceMinutes(11)
    const late = await a.request('POST', `${URL}/undo-last`, {})
    expect(late.status).toBe(404)
    expect(((await late.json()) as ErrorBody).error.message).toMatch(/10 minuttene/)

    const events = await ctx.db.selectFrom('audit_events').select(['action', 'target_id', 'details']).where('target_kind', '=', 'incoming_call').execute()
    expect(events.filter((e) => e.action === 'record.undone')).toEqual([{ action: 'record.undone', target_id: last.id, details: null }])
    expect(events.filter((e) => e.action === 'record.created').every((e) => e.details === null)).toBe(true)
  })

  it('five calls, one undone: the tally shows four', async () => {
    const ctx = await createTestApp()
    const { a } = await twoStaff(ctx)
    for (const caller_type of ['woman_private', 'police', 'nav', 'child_welfare', 'lawyer']) await register(ctx, a, quickCallInput({ caller_type }))
    expect((await a.request('POST', `${URL}/undo-last`, {})).status).toBe(200)
    const t = await tally(a)
    expect(t.total).toBe(4)
    expect(t.byCallerType.find((c) => c.key === 'lawyer')!.count).toBe(0)
  })
})

describe('incoming calls: lists and corrections', () => {
  it('lists by year and month, edits with versions (409 when stale) and deletes', async () => {
    const ctx = await createTestApp()
    const { a, b } = await twoStaff(ctx)
    const call = await register(ctx, a, quickCallInput({ call_date: '2026-02-27' }))
    await register(ctx, a, quickCallInput())
    const list = async (q: string) => ((await (await a.request('GET', `${URL}?${q}`)).json()) as { records: RecordBody[] }).records
    expect(await list('year=2026')).toHaveLength(2)
    expect((await list('year=2026&month=2')).map((r) => r.values.caller_type)).toEqual(['police'])
    expect((await a.request('GET', `${URL}?year=2026&consent=no`)).status).toBe(422)
    expect((await a.request('GET', `${URL}/latest?case_code=ABCD`)).status).toBe(404)
    expect((await a.request('POST', `${URL}/${call.id}/withdraw-consent`, { version: 1 })).status).toBe(404)

    const edit = await a.request('PUT', `${URL}/${call.id}`, { version: 1, values: quickCallInput({ call_date: '2026-02-27', caller_type: 'nav', call_reason: 'guidance' }) })
    expect(edit.status).toBe(200)
    expect((await b.request('PUT', `${URL}/${call.id}`, { version: 1, values: quickCallInput({ call_date: '2026-02-27' }) })).status).toBe(409)
    expect((await b.request('DELETE', `${URL}/${call.id}`, { version: 1 })).status).toBe(409)
    expect((await b.request('DELETE', `${URL}/${call.id}`, { version: 2 })).status).toBe(204)
    expect(await countRows(ctx)).toBe(1)
  })

  it('requires a session (401) and the CSRF token (403); another centre gets 404 and an empty tally', async () => {
    const ctx = await createTestApp()
    expect((await new TestSession(ctx.app).request('POST', URL, quickCallInput())).status).toBe(401)
    expect((await new TestSession(ctx.app).request('GET', `${URL}/tally?date=2026-03-02`)).status).toBe(401)
    const { a } = await twoStaff(ctx)
    expect((await a.request('POST', URL, quickCallInput(), { 'x-csrf-token': 'nope' })).status).toBe(403)
    const call = await register(ctx, a, quickCallInput())
    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
    const o = new TestSession(ctx.app)
    await o.signInAndSetPassword(other.adminUsername, other.adminPassword)
    expect((await o.request('GET', `${URL}/${call.id}`)).status).toBe(404)
    expect((await o.request('PUT', `${URL}/${call.id}`, { version: 1, values: quickCallInput() })).status).toBe(404)
    expect((await o.request('DELETE', `${URL}/${call.id}`, { version: 1 })).status).toBe(404)
    expect((await o.request('POST', `${URL}/undo-last`, {})).status).toBe(404)
    expect((await tally(o)).total).toBe(0)
    expect(await countRows(ctx)).toBe(1)
  })
})
