import { describe, expect, it } from 'vitest'
import { createTestApp, signedInAdmin, signedInUser, TestSession } from '../testing/test-app'

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }
const errorCode = async (res: Response) => ((await res.json()) as ErrorBody).error.code

describe('screen lock', () => {
  it('while locked only the session, unlock and sign-out answer, even after a reload', async () => {
    const ctx = await createTestApp()
    const s = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    expect((await s.request('POST', '/api/auth/lock', {})).status).toBe(200)
    const blocked = await s.request('GET', '/api/day-visits?year=2026')
    expect(blocked.status).toBe(403)
    expect(await errorCode(blocked)).toBe('session_locked')
    const session = (await (await s.request('GET', '/api/auth/session')).json()) as { locked: boolean; idleLockMinutes: number }
    expect(session).toMatchObject({ locked: true, idleLockMinutes: 5 })

    const wrong = await s.request('POST', '/api/auth/unlock', { password: 'ikke-passordet' })
    expect(wrong.status).toBe(422)
    expect(((await wrong.json()) as ErrorBody).error.issues).toEqual([{ path: 'password', message: 'Feil passord.' }])
    expect((await s.request('POST', '/api/auth/unlock', { password: 'et-langt-nytt-passord' })).status).toBe(200)
    expect((await s.request('GET', '/api/day-visits?year=2026')).status).toBe(200)
  })

  it('needs a session (401) and the CSRF token (403); refuses unknown fields (422)', async () => {
    const ctx = await createTestApp()
    expect((await new TestSession(ctx.app).request('POST', '/api/auth/unlock', { password: 'x' })).status).toBe(401)
    const s = await signedInAdmin(ctx)
    expect((await s.request('POST', '/api/auth/lock', {}, { 'x-csrf-token': 'nei' })).status).toBe(403)
    expect((await s.request('POST', '/api/auth/unlock', { password: 'x', extra: 1 })).status).toBe(422)
  })

  it('ends the session when the wrong-password budget is spent (401 locked_out, audited)', async () => {
    const ctx = await createTestApp()
    const s = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    await s.request('POST', '/api/auth/lock', {})
    for (let i = 0; i < 5; i++) expect((await s.request('POST', '/api/auth/unlock', { password: `gjett-${i}` })).status).toBe(422)
    const out = await s.request('POST', '/api/auth/unlock', { password: 'et-langt-nytt-passord' })
    expect(out.status).toBe(401)
    expect(await errorCode(out)).toBe('locked_out')
    expect((await s.request('GET', '/api/auth/session')).status).toBe(401)
    const actions = (await ctx.db.selectFrom('audit_events').select('action').execute()).map((a) => a.action)
    expect(actions.filter((a) => a === 'auth.unlock_failed')).toHaveLength(5)
    expect(actions).toContain('auth.signed_out_at_lock')
  })

  it('a locked screen does not keep the session alive on the server', async () => {
    const ctx = await createTestApp()
    const s = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    await s.request('POST', '/api/auth/lock', {})
    for (let i = 0; i < 3; i++) {
      ctx.clock.advanceMinutes(9)
      expect((await s.request('GET', '/api/auth/session')).status).toBe(200)
    }
    ctx.clock.advanceMinutes(4)
    const res = await s.request('POST', '/api/auth/unlock', { password: 'et-langt-nytt-passord' })
    expect(res.status).toBe(401)
    expect(await errorCode(res)).toBe('session_expired')
  })
})
