import { describe, expect, it } from 'vitest'
import { createTestApp, signedInAdmin, signedInUser, TestSession } from '../testing/test-app'

describe('/api/settings/security', () => {
  it('administrators read the defaults and save with optimistic concurrency (200, 409), audited', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const res = await admin.request('GET', '/api/settings/security')
    expect(await res.json()).toEqual({
      requireTotp: false,
      idleLockMinutes: 5,
      retentionMonths: 24,
      version: 0,
      limits: { idleLockMinutes: { min: 1, max: 29 }, retentionMonths: { min: 6, max: 120 }, sessionIdleMinutes: 30 },
    })
    const saved = await admin.request('PUT', '/api/settings/security', { requireTotp: false, idleLockMinutes: 3, retentionMonths: 36, version: 0 })
    expect(saved.status).toBe(200)
    expect(await saved.json()).toMatchObject({ idleLockMinutes: 3, retentionMonths: 36, version: 1 })
    expect((await admin.request('PUT', '/api/settings/security', { requireTotp: false, idleLockMinutes: 4, retentionMonths: 36, version: 0 })).status).toBe(409)
    const audit = await ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'settings.security_changed').execute()
    expect(audit.map((a) => JSON.parse(a.details!) as unknown)).toEqual([
      { fields: ['idleLockMinutes', 'retentionMonths'], idleLockMinutesFrom: 5, idleLockMinutesTo: 3, retentionMonthsFrom: 24, retentionMonthsTo: 36 },
    ])
    const session = (await (await admin.request('GET', '/api/auth/session')).json()) as { idleLockMinutes: number }
    expect(session.idleLockMinutes).toBe(3)
  })

  it('refuses values out of range, a lock slower than the server timeout and unknown keys (422)', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const res = await admin.request('PUT', '/api/settings/security', { requireTotp: 'ja', idleLockMinutes: 30, retentionMonths: 2, version: 0, extra: 1 })
    expect(res.status).toBe(422)
    const issues = ((await res.json()) as { error: { issues: { path: string; message: string }[] } }).error.issues
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'requireTotp', message: 'Velg ja eller nei.' },
        { path: 'idleLockMinutes', message: 'Tiden kan være høyst 29.' },
        { path: 'retentionMonths', message: 'Tiden må være minst 6.' },
        { path: 'extra', message: 'Ukjent felt.' },
      ]),
    )
  })

  it('stays usable with a one-minute session (LY_SESSION_IDLE_MINUTES=1): the lock is capped at it, and a save goes through', async () => {
    const ctx = await createTestApp({ sessionIdleMinutes: 1 })
    const admin = await signedInAdmin(ctx)
    const settings = (await (await admin.request('GET', '/api/settings/security')).json()) as {
      idleLockMinutes: number
      version: number
      limits: { idleLockMinutes: { min: number; max: number } }
    }
    // The stored default of 5 minutes reads as the lock in force, so the page opens with a value it can save.
    expect(settings).toMatchObject({ idleLockMinutes: 1, limits: { idleLockMinutes: { min: 1, max: 1 } } })
    const saved = await admin.request('PUT', '/api/settings/security', {
      requireTotp: false,
      idleLockMinutes: settings.idleLockMinutes,
      retentionMonths: 36,
      version: settings.version,
    })
    expect(saved.status, await saved.clone().text()).toBe(200)
    expect(((await (await admin.request('GET', '/api/auth/session')).json()) as { idleLockMinutes: number }).idleLockMinutes).toBe(1)
  })

  it('is for administrators only (401, 403)', async () => {
    const ctx = await createTestApp()
    expect((await new TestSession(ctx.app).request('GET', '/api/settings/security')).status).toBe(401)
    const leader = await signedInUser(ctx, await signedInAdmin(ctx), 'leder1', 'leader')
    expect((await leader.request('GET', '/api/settings/security')).status).toBe(403)
    expect((await leader.request('PUT', '/api/settings/security', { requireTotp: true, idleLockMinutes: 5, retentionMonths: 24, version: 0 })).status).toBe(403)
  })
})
