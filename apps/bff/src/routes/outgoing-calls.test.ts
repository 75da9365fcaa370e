import { describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestApp, signedInAdmin, signedInUser, TestSession } from '../testing/test-app'

type Day = { date: string; total: number; byRecipientType: { key: string; label: string; retired: boolean; count: number }[] }
type ErrorBody = { error: { issues?: { path: string; message: string }[] } }
const URL = '/api/outgoing-calls'
const add = (s: TestSession, recipient_type: string, delta = 1, extra: object = {}) =>
  s.request('POST', `${URL}/add`, { date: '2026-03-02', offer: 'women', recipient_type, delta, ...extra })

describe('outgoing calls per day (S1:166-168)', () => {
  it('counts by recipient type, zero-filled over the caller categories, and corrects down but never below 0', async () => {
    const ctx = await createTestApp()
    const s = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    await add(s, 'nav')
    await add(s, 'nav')
    await add(s, 'police', 3, { offer: 'men' })
    const res = await add(s, 'nav', -1)
    expect(res.status).toBe(200)
    const day = (await (await s.request('GET', `${URL}?date=2026-03-02`)).json()) as Day
    expect(day.total).toBe(4)
    expect(day.byRecipientType).toHaveLength(9)
    expect(day.byRecipientType.find((r) => r.key === 'nav')).toEqual({ key: 'nav', label: 'NAV', retired: false, count: 1 })
    const women = (await (await s.request('GET', `${URL}?date=2026-03-02&offer=women`)).json()) as Day
    expect(women.total).toBe(1)

    const below = await add(s, 'nav', -2)
    expect(below.status).toBe(422)
    expect(((await below.json()) as ErrorBody).error.issues).toEqual([{ path: 'delta', message: 'Antallet kan ikke bli mindre enn 0.' }])
    expect((await add(s, 'local_nope')).status).toBe(422)
    expect((await add(s, 'nav', 1, { date: '2026-03-03' })).status).toBe(422)
    expect((await add(s, 'nav', 0)).status).toBe(422)
  })

  it('is per centre, needs a session and the CSRF token, and is audited without personal data', async () => {
    const ctx = await createTestApp()
    const s = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    expect((await new TestSession(ctx.app).request('GET', `${URL}?date=2026-03-02`)).status).toBe(401)
    expect((await s.request('POST', `${URL}/add`, { date: '2026-03-02', offer: 'women', recipient_type: 'nav', delta: 1 }, { 'x-csrf-token': 'nope' })).status).toBe(403)
    await add(s, 'child_welfare')
    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
    const o = new TestSession(ctx.app)
    await o.signInAndSetPassword(other.adminUsername, other.adminPassword)
    expect(((await (await o.request('GET', `${URL}?date=2026-03-02`)).json()) as Day).total).toBe(0)
    const events = await ctx.db.selectFrom('audit_events').select(['action', 'details']).where('action', '=', 'outgoing_calls.counted').execute()
    expect(events.map((e) => JSON.parse(e.details!) as unknown)).toEqual([{ recipient_type: 'child_welfare', delta: 1 }])
  })
})
