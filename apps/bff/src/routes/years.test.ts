import { describe, expect, it } from 'vitest'
import { createTestApp, signedInAdmin, signedInUser, TestSession } from '../testing/test-app'

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }

async function setUp() {
  const ctx = await createTestApp()
  const admin = await signedInAdmin(ctx)
  return { ctx, admin, staff: await signedInUser(ctx, admin, 'vakt1', 'staff'), leader: await signedInUser(ctx, admin, 'leder1', 'leader') }
}

describe('/api/years', () => {
  it('a leader locks an ended year (200) and reopens it with a reason (200); both audited, the reason kept in the history', async () => {
    const { ctx, leader, staff } = await setUp()
    expect((await leader.request('POST', '/api/years/2025/lock', {})).status).toBe(200)
    const already = await leader.request('POST', '/api/years/2025/lock', {})
    expect(already.status).toBe(409)
    expect(((await already.json()) as ErrorBody).error).toMatchObject({ code: 'already_locked', message: 'Året 2025 er allerede låst.' })
    expect(await (await staff.request('GET', '/api/years')).json()).toMatchObject({ currentYear: 2026, locked: [{ year: 2025, lockedBy: 'leder1' }], history: [] })

    const reopened = await leader.request('POST', '/api/years/2025/reopen', { reason: 'Et dagbesøk i desember manglet.' })
    expect(reopened.status).toBe(200)
    const seen = (await (await leader.request('GET', '/api/years')).json()) as { locked: unknown[]; history: { action: string; reason: string | null; by: string }[] }
    expect(seen.locked).toEqual([])
    expect(seen.history).toMatchObject([
      { action: 'reopened', reason: 'Et dagbesøk i desember manglet.', by: 'leder1' },
      { action: 'locked', reason: null, by: 'leder1' },
    ])
    expect((await leader.request('POST', '/api/years/2025/reopen', { reason: 'Igjen' })).status).toBe(409)
    const audit = await ctx.db.selectFrom('audit_events').select(['action', 'target_id', 'details']).where('action', 'like', 'year.%').execute()
    expect(audit).toEqual([
      { action: 'year.locked', target_id: '2025', details: '{"year":2025}' },
      { action: 'year.reopened', target_id: '2025', details: '{"year":2025}' },
    ])
  })

  it('refuses the current year, a missing or identifying reason and unknown keys (422)', async () => {
    const { leader } = await setUp()
    const current = await leader.request('POST', '/api/years/2026/lock', {})
    expect(current.status).toBe(422)
    expect(((await current.json()) as ErrorBody).error.issues).toEqual([{ path: 'year', message: 'Bare år som er avsluttet kan låses.' }])
    expect((await leader.request('POST', '/api/years/2025/lock', { force: true })).status).toBe(422)
    expect((await leader.request('POST', '/api/years/tjuefem/lock', {})).status).toBe(422)
    await leader.request('POST', '/api/years/2025/lock', {})
    for (const reason of ['', ' ', 'x'.repeat(501), 'Ring 912 34 567 om dette']) {
      const res = await leader.request('POST', '/api/years/2025/reopen', { reason })
      expect(res.status, reason).toBe(422)
      expect(((await res.json()) as ErrorBody).error.issues?.[0]?.path).toBe('reason')
    }
  })

  it('only leaders lock and reopen (401, 403 for staff and administrators)', async () => {
    const { ctx, admin, staff } = await setUp()
    expect((await new TestSession(ctx.app).request('POST', '/api/years/2025/lock', {})).status).toBe(401)
    expect((await staff.request('POST', '/api/years/2025/lock', {})).status).toBe(403)
    expect((await admin.request('POST', '/api/years/2025/lock', {})).status).toBe(403)
    expect((await admin.request('POST', '/api/years/2025/reopen', { reason: 'Feil' })).status).toBe(403)
  })
})
