import { describe, expect, it } from 'vitest'
import { generateCaseCode } from '@ly/forms'
import { barePhoneSessionInput, phoneSessionInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'

type RecordBody = { id: string; version: number; values: Record<string, unknown> }
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }
const URL = '/api/phone-sessions'

async function staffSession(ctx: TestContext) {
  return signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
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

const rows = async (ctx: TestContext) =>
  (await ctx.db
    .selectFrom('phone_sessions' as never)
    .selectAll()
    .execute()) as Record<string, unknown>[]

describe('phone sessions: registering', () => {
  it('stores a consenting conversation and reads it back', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const created = await create(s, phoneSessionInput({ prior_contact: ['resident'], first_contact_year: 2023, previous_stays_count: 2 }))
    expect(created.values).toMatchObject({ channel: 'phone', qualifies_as_one_to_one: true, prior_contact: ['resident'], previous_stays_count: 2 })
    const read = await s.request('GET', `${URL}/${created.id}`)
    expect(((await read.json()) as RecordBody).values).toEqual(created.values)
  })

  it('without consent stores only the bare event and the confirmation', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    await create(s, barePhoneSessionInput())
    const [row] = await rows(ctx)
    const nonNull = Object.entries(row!)
      .filter(([, v]) => v !== null)
      .map(([k]) => k)
      .sort()
    expect(nonNull).toEqual(
      ['centre_id', 'consent_to_statistics', 'created_at', 'created_by', 'id', 'offer', 'qualifies_as_one_to_one', 'session_date', 'updated_at', 'updated_by', 'version'].sort(),
    )
  })

  it('refuses answers without consent and unconfirmed conversations (422), storing nothing', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const refused = await s.request('POST', URL, phoneSessionInput({ consent_to_statistics: false }))
    expect(refused.status).toBe(422)
    expect(((await refused.json()) as ErrorBody).error.issues).toContainEqual({ path: 'sex', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    const short = await s.request('POST', URL, phoneSessionInput({ qualifies_as_one_to_one: false }))
    expect(short.status).toBe(422)
    expect(((await short.json()) as ErrorBody).error.issues).toEqual([{ path: 'qualifies_as_one_to_one', message: expect.stringMatching(/Korte, praktiske samtaler/) }])
    expect(await rows(ctx)).toHaveLength(0)
  })

  it('answers 401 without a session, 403 without the CSRF token and 413 for oversized bodies', async () => {
    const ctx = await createTestApp({ maxBodyBytes: 2048 })
    expect((await new TestSession(ctx.app).request('POST', URL, phoneSessionInput())).status).toBe(401)
    const s = await staffSession(ctx)
    expect((await s.request('POST', URL, phoneSessionInput(), { 'x-csrf-token': 'nope' })).status).toBe(403)
    expect((await s.request('POST', URL, { ...phoneSessionInput(), pad: 'x'.repeat(4000) })).status).toBe(413)
  })

  it('links conversations by case code and pre-fills from the latest one', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    await create(s, phoneSessionInput({ case_code: code, first_session_in_year: null, session_date: '2026-01-10', sex: 'male' }))
    const latest = await s.request('GET', `${URL}/latest?case_code=${code}`)
    expect(((await latest.json()) as { values: Record<string, unknown> }).values.sex).toBe('male')
    const typo = code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A')
    expect((await s.request('POST', URL, barePhoneSessionInput({ case_code: typo }))).status).toBe(422)
  })
})

describe('phone sessions: finding and correcting', () => {
  it('lists by year and month, updates with the right version (409 otherwise), withdraws consent and deletes', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const a = await create(s, phoneSessionInput({ session_date: '2026-01-15' }))
    await create(s, barePhoneSessionInput({ session_date: '2026-02-15' }))
    const list = async (q: string) => ((await (await s.request('GET', `${URL}?${q}`)).json()) as { records: RecordBody[] }).records
    expect(await list('year=2026')).toHaveLength(2)
    expect(await list('year=2026&month=1')).toHaveLength(1)
    expect((await list('year=2026&consent=no'))[0]!.values.session_date).toBe('2026-02-15')

    expect((await s.request('PUT', `${URL}/${a.id}`, { version: 1, values: phoneSessionInput({ channel: 'video' }) })).status).toBe(200)
    const stale = await s.request('PUT', `${URL}/${a.id}`, { version: 1, values: phoneSessionInput({ channel: 'phone' }) })
    expect(stale.status).toBe(409)
    expect(((await stale.json()) as ErrorBody).error.message).toMatch(/endret av noen andre/)

    const withdrawn = await s.request('POST', `${URL}/${a.id}/withdraw-consent`, { version: 2 })
    expect(((await withdrawn.json()) as RecordBody).values).toMatchObject({ consent_to_statistics: false, qualifies_as_one_to_one: true, channel: null, prior_contact: [] })
    expect((await s.request('DELETE', `${URL}/${a.id}`, { version: 3 })).status).toBe(204)
    expect((await s.request('GET', `${URL}/${a.id}`)).status).toBe(404)
  })

  it('another centre neither sees nor touches the records (404), and the audit holds no answers', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const created = await create(s, phoneSessionInput())
    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
    const o = new TestSession(ctx.app)
    await o.signInAndSetPassword(other.adminUsername, other.adminPassword)
    expect(((await (await o.request('GET', `${URL}?year=2026`)).json()) as { records: unknown[] }).records).toEqual([])
    expect((await o.request('GET', `${URL}/${created.id}`)).status).toBe(404)
    expect((await o.request('PUT', `${URL}/${created.id}`, { version: 1, values: phoneSessionInput() })).status).toBe(404)
    expect((await o.request('DELETE', `${URL}/${created.id}`, { version: 1 })).status).toBe(404)

    await s.request('PUT', `${URL}/${created.id}`, { version: 1, values: phoneSessionInput({ reason_by_phone: 'other' }) })
    const events = await ctx.db.selectFrom('audit_events').selectAll().where('target_kind', '=', 'phone_session').orderBy('id').execute()
    expect(events.map((e) => e.action)).toEqual(['record.created', 'record.updated'])
    expect(JSON.parse(events[1]!.details!)).toEqual({ fields: ['reason_by_phone'] })
    const dump = JSON.stringify(events) + ctx.logger.lines.join()
    for (const value of ['female', 'distance', 'day_user']) expect(dump).not.toContain(value)
  })
})
