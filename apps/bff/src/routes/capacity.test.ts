import { describe, expect, it } from 'vitest'
import { adultCheckOut, adultStayInput, childStayInput, centreYearInput, turnedAwayInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'

/** A centre of the installation with a signed-in leader, staff member and administrator. */
async function centre(ctx: TestContext, name: string, suffix: string) {
  // The test app's own centre is A; the others are created beside it.
  const created = suffix === 'a' ? ctx.centre : await createCentreWithAdmin(ctx.db, ctx.clock, name, `admin-${suffix}`)
  const admin = new TestSession(ctx.app)
  await admin.signInAndSetPassword(created.adminUsername, created.adminPassword)
  return {
    id: created.centreId,
    name,
    admin,
    leader: await signedInUser(ctx, admin, `leder-${suffix}`, 'leader'),
    staff: await signedInUser(ctx, admin, `vakt-${suffix}`, 'staff'),
  }
}

async function json<T>(res: Response, status = 200): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(status)
  return (await res.json()) as T
}

interface Listed {
  centre: string
  offer: string
  freePlaces: number | null
  updatedAt: string
}

/**
 * Two sharing centres and one that does not: A («Testsenteret») has 4 women's places with one adult and her child
 * living there; B has 2 and nobody; C (not sharing) has 6 with one adult.
 */
async function installation() {
  const ctx = await createTestApp()
  const a = await centre(ctx, 'Testsenteret', 'a')
  const b = await centre(ctx, 'Krisesenteret i B', 'b')
  const c = await centre(ctx, 'Krisesenteret i C', 'c')
  const currentYear = Number(ctx.clock.now().toISOString().slice(0, 4))
  for (const [s, beds] of [
    [a, 4],
    [b, 2],
    [c, 6],
  ] as const) {
    await json(await s.leader.request('POST', '/api/centre-years', centreYearInput({ report_year: currentYear, fixed_beds: beds })), 201)
  }
  const stay = await json<{ id: string }>(await a.staff.request('POST', '/api/adult-stays', adultStayInput({ stay_start_date: '2026-02-20' })), 201)
  await json(await a.staff.request('POST', `/api/child-stays?adult_stay_id=${stay.id}`, childStayInput({ stay_start_date: '2026-02-20' })), 201)
  await json(await c.staff.request('POST', '/api/adult-stays', adultStayInput({ stay_start_date: '2026-02-21' })), 201)
  await json(await a.leader.request('PUT', '/api/capacity/sharing', { shared: true }))
  await json(await b.leader.request('PUT', '/api/capacity/sharing', { shared: true }))
  return { ctx, a, b, c, stay }
}

describe('free places across centres', () => {
  it('lists the sharing centres with their free places now, kept up to date at check-in and check-out', async () => {
    const { a, stay } = await installation()
    const shared = await json<{ sharing: boolean; centres: Listed[] }>(await a.staff.request('GET', '/api/capacity/shared'))
    expect(shared.sharing).toBe(true)
    expect(shared.centres.map(({ centre, offer, freePlaces }) => ({ centre, offer, freePlaces }))).toEqual([
      { centre: 'Krisesenteret i B', offer: 'women', freePlaces: 2 },
      { centre: 'Testsenteret', offer: 'women', freePlaces: 2 },
    ])
    // The adult and her child move out: A's four places are free again.
    const record = await json<{ version: number; values: Record<string, unknown> }>(await a.staff.request('GET', `/api/adult-stays/${stay.id}`))
    const children = await json<{ records: { id: string; version: number; values: Record<string, unknown> }[] }>(
      await a.staff.request('GET', `/api/adult-stays/${stay.id}/children`),
    )
    for (const child of children.records) {
      await json(await a.staff.request('PUT', `/api/child-stays/${child.id}`, { version: child.version, values: { ...child.values, stay_end_date: '2026-03-01' } }))
    }
    await json(await a.staff.request('PUT', `/api/adult-stays/${stay.id}`, { version: record.version, values: { ...record.values, ...adultCheckOut('2026-03-01') } }))
    const after = await json<{ centres: Listed[] }>(await a.staff.request('GET', '/api/capacity/shared'))
    expect(after.centres.find((r) => r.centre === 'Testsenteret')?.freePlaces).toBe(4)
  })

  it('shows a centre that does not share nothing of the others, and never shows it to them', async () => {
    const { a, c } = await installation()
    expect(await json(await c.staff.request('GET', '/api/capacity/shared'))).toEqual({ sharing: false, centres: [] })
    const seen = JSON.stringify(await json(await a.staff.request('GET', '/api/capacity/shared')))
    expect(seen).not.toContain('Krisesenteret i C')
    expect(seen).not.toContain(c.id)
  })

  it('lets only a leader turn sharing on or off, and audits it', async () => {
    const { ctx, a } = await installation()
    expect((await a.staff.request('PUT', '/api/capacity/sharing', { shared: false })).status).toBe(403)
    expect((await a.admin.request('PUT', '/api/capacity/sharing', { shared: false })).status).toBe(403)
    const refused = await json<{ error: { issues: { path: string; message: string }[] } }>(await a.leader.request('PUT', '/api/capacity/sharing', { shared: 'ja' }), 422)
    expect(refused.error.issues[0]).toMatchObject({ path: 'shared' })
    await json(await a.leader.request('PUT', '/api/capacity/sharing', { shared: false }))
    const events = await ctx.db.selectFrom('audit_events').select(['action', 'details']).where('action', '=', 'capacity.sharing_changed').where('centre_id', '=', a.id).execute()
    expect(events.map((e) => JSON.parse(e.details ?? '{}') as unknown)).toEqual([{ shared: true }, { shared: false }])
  })
})

describe('the capacity feed (GET /api/capacity)', () => {
  it('answers an admin-issued token with exactly what the list shows, and nothing at all without one', async () => {
    const { ctx, a } = await installation()
    const created = await json<{ id: string; token: string }>(await a.admin.request('POST', '/api/capacity/tokens', { label: 'Regional oversikt' }), 201)
    const feed = await json<{ centres: Listed[] }>(await ctx.app.request('/api/capacity', { headers: { authorization: `Bearer ${created.token}` } }))
    const list = await json<{ centres: Listed[] }>(await a.staff.request('GET', '/api/capacity/shared'))
    expect(feed.centres).toEqual(list.centres)
    for (const row of feed.centres) expect(Object.keys(row).sort()).toEqual(['centre', 'freePlaces', 'offer', 'updatedAt'])
    expect((await ctx.app.request('/api/capacity')).status).toBe(401)
    expect((await ctx.app.request('/api/capacity', { headers: { authorization: 'Bearer lyk_gjettet' } })).status).toBe(401)
  })

  it('keeps only a hash of the token, refuses a revoked one with 401 and audits both', async () => {
    const { ctx, a } = await installation()
    const created = await json<{ id: string; token: string }>(await a.admin.request('POST', '/api/capacity/tokens', { label: 'Politiet' }), 201)
    const stored = await ctx.db.selectFrom('capacity_tokens').selectAll().execute()
    expect(JSON.stringify(stored)).not.toContain(created.token)
    await json(await a.admin.request('POST', `/api/capacity/tokens/${created.id}/revoke`, {}))
    expect((await ctx.app.request('/api/capacity', { headers: { authorization: `Bearer ${created.token}` } })).status).toBe(401)
    expect((await a.admin.request('POST', `/api/capacity/tokens/${created.id}/revoke`, {})).status).toBe(404)
    const actions = (await ctx.db.selectFrom('audit_events').select('action').where('target_id', '=', created.id).execute()).map((e) => e.action)
    expect(actions).toEqual(['capacity.token_created', 'capacity.token_revoked'])
  })

  it('is for administrators to issue, names a service not a person, and is rate-limited', async () => {
    const { ctx, a } = await installation()
    expect((await a.leader.request('POST', '/api/capacity/tokens', { label: 'Politiet' })).status).toBe(403)
    const screened = await json<{ error: { issues: { path: string }[] } }>(await a.admin.request('POST', '/api/capacity/tokens', { label: 'Ring 912 34 567' }), 422)
    expect(screened.error.issues[0]?.path).toBe('label')
    const { token } = await json<{ token: string }>(await a.admin.request('POST', '/api/capacity/tokens', { label: 'Politiet' }), 201)
    const statuses: number[] = []
    for (let i = 0; i < 61; i++) statuses.push((await ctx.app.request('/api/capacity', { headers: { authorization: `Bearer ${token}` } })).status)
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true)
    const limited = await ctx.app.request('/api/capacity', { headers: { authorization: `Bearer ${token}` } })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('turned-away requests (/api/turned-away)', () => {
  it('stores a request from staff, with the centre’s list of other centres', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const created = await json<{ id: string; values: Record<string, unknown> }>(await staff.request('POST', '/api/turned-away', turnedAwayInput()), 201)
    expect(created.values).toMatchObject({ reason: 'house_full', action_taken: ['referred_other_centre'], children_count: '2' })
    const added = await json<{ key: string }>(await admin.request('POST', '/api/settings/referral-centres', { label: 'Krisesenteret i Nabobyen' }), 201)
    await json(await staff.request('POST', '/api/turned-away', turnedAwayInput({ referred_to_centre: added.key })), 201)
  })

  it('names a crisis centre, not a category, when the referral list refuses a change', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const URL = '/api/settings/referral-centres'
    await json(await admin.request('POST', URL, { label: 'Krisesenteret i Nabobyen' }), 201)
    const dup = await json<{ error: { issues: { path: string; message: string }[] } }>(await admin.request('POST', URL, { label: 'krisesenteret i nabobyen' }), 422)
    expect(dup.error.issues).toEqual([{ path: 'label', message: 'Det finnes allerede et krisesenter med dette navnet på listen.' }])
    const missing = await json<{ error: { message: string } }>(await admin.request('PATCH', `${URL}/local_finnes_ikke`, { version: 0, retired: true }), 404)
    expect(missing.error.message).toBe('Fant ikke krisesenteret.')
    const list = await json<{ categories: { key: string; version: number }[] }>(await admin.request('GET', URL), 200)
    const [first, second] = list.categories
    await json(await admin.request('PATCH', `${URL}/${first!.key}`, { version: first!.version, retired: true }), 200)
    const last = await json<{ error: { issues: { path: string; message: string }[] } }>(
      await admin.request('PATCH', `${URL}/${second!.key}`, { version: second!.version, retired: true }),
      422,
    )
    expect(last.error.issues).toEqual([{ path: 'retired', message: 'Minst ett krisesenter må være i bruk.' }])
  })

  it('refuses a request without a reason, naming the field in Norwegian', async () => {
    const ctx = await createTestApp()
    const staff = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    const refused = await json<{ error: { issues: { path: string; message: string }[] } }>(await staff.request('POST', '/api/turned-away', turnedAwayInput({ reason: null })), 422)
    expect(refused.error.issues.map((i) => i.path)).toContain('reason')
  })
})
