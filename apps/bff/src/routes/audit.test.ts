import { describe, expect, it } from 'vitest'
import { dayVisitInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestApp, signedInAdmin, signedInUser, TestSession } from '../testing/test-app'

interface AuditPage {
  events: { id: number; at: string; action: string; actor: string | null; targetKind: string | null; targetId: string | null; details: unknown }[]
  page: number
  pageSize: number
  total: number
  users: { id: string; username: string }[]
  kinds: string[]
}

async function setUp() {
  const ctx = await createTestApp()
  const admin = await signedInAdmin(ctx)
  const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
  const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
  return { ctx, admin, staff, leader }
}

const read = async (s: TestSession, query = '') => {
  const res = await s.request('GET', `/api/audit${query}`)
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as AuditPage
}

describe('GET /api/audit', () => {
  it('is for leaders and administrators only (401, 403)', async () => {
    const { ctx, staff, admin } = await setUp()
    expect((await new TestSession(ctx.app).request('GET', '/api/audit')).status).toBe(401)
    expect((await staff.request('GET', '/api/audit')).status).toBe(403)
    expect((await read(admin)).total).toBeGreaterThan(0)
  })

  it('filters by user, action, kind and period, newest first; never shows answer values', async () => {
    const { ctx, staff, leader } = await setUp()
    const answer = { visit_date: '2026-03-01', age: 77, impairment_other_text: 'Spesiell tekst om rullestol', impairment: ['other'] as never, first_contact_year: 2024 }
    const created = await staff.request('POST', '/api/day-visits', dayVisitInput(answer))
    expect(created.status, await created.clone().text()).toBe(201)
    const { id } = (await created.json()) as { id: string }
    await staff.request('PUT', `/api/day-visits/${id}`, { version: 1, values: dayVisitInput({ ...answer, age: 78 }) })

    const page = await read(leader, `?user=${(await read(leader)).users.find((u) => u.username === 'vakt1')!.id}&kind=day_visit`)
    expect(page.events.map((e) => e.action)).toEqual(['record.updated', 'record.created'])
    expect(page.events[0]).toMatchObject({ actor: 'vakt1', targetKind: 'day_visit', targetId: id, details: { fields: ['age'] } })
    expect(page.kinds).toContain('day_visit')
    expect((await read(leader, '?action=record.created')).events.map((e) => e.targetId)).toEqual([id])
    // The creation a day earlier (Oslo time: 1 March 23:30 is 22:30 UTC), the update today.
    await ctx.db.updateTable('audit_events').set({ at: '2026-03-01T22:30:00.000Z' }).where('action', '=', 'record.created').execute()
    expect((await read(leader, '?from=2026-03-02&to=2026-03-02&kind=day_visit')).events.map((e) => e.action)).toEqual(['record.updated'])
    expect((await read(leader, '?to=2026-03-01&kind=day_visit')).events.map((e) => e.action)).toEqual(['record.created'])
    // Ids and times aside, the trail holds field names, roles and counts — never the answers.
    const details = (await ctx.db.selectFrom('audit_events').select('details').execute()).map((r) => r.details ?? '').join('\n')
    for (const value of ['77', '78', 'rullestol']) expect(details).not.toContain(value)
  })

  it('pages by 50 and shows only the own centre', async () => {
    const { ctx, leader } = await setUp()
    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin-nabo')
    for (let i = 0; i < 60; i++) {
      await ctx.db
        .insertInto('audit_events')
        .values({
          at: ctx.clock.now().toISOString(),
          centre_id: ctx.centre.centreId,
          actor_user_id: null,
          action: 'auth.sign_in_failed',
          target_kind: 'user',
          target_id: null,
          details: null,
        })
        .execute()
    }
    const first = await read(leader, '?action=auth.sign_in_failed')
    expect(first).toMatchObject({ total: 60, page: 1, pageSize: 50 })
    expect(first.events).toHaveLength(50)
    expect((await read(leader, '?action=auth.sign_in_failed&page=2')).events).toHaveLength(10)
    const all = await read(leader, '?action=centre.created')
    expect(all.events.map((e) => e.targetId)).toEqual([ctx.centre.centreId])
    expect(all.events.map((e) => e.targetId)).not.toContain(other.centreId)
  })

  it('refuses bad filters with field paths (422)', async () => {
    const { leader } = await setUp()
    for (const [query, path] of [
      ['?action=DROP TABLE', 'action'],
      ['?from=2026-02-30', 'from'],
      ['?page=0', 'page'],
      ['?kind=x;y', 'kind'],
      ['?from=2026-03-02&to=2026-03-01', 'to'],
      ['?foo=1', 'foo'],
    ] as const) {
      const res = await leader.request('GET', `/api/audit${query}`)
      expect(res.status, query).toBe(422)
      expect(((await res.json()) as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)).toContain(path)
    }
  })
})
