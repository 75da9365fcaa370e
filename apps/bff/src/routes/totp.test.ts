import { describe, expect, it } from 'vitest'
import { totpCodeAt } from '../auth/totp'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }
const PASSWORD = 'et-langt-nytt-passord'
const code = async (res: Response) => ((await res.clone().json()) as ErrorBody).error.code

/** A leader who has confirmed an authenticator; returns the secret as the phone holds it. */
async function enrolled(ctx: TestContext, username = 'leder1') {
  const admin = await signedInAdmin(ctx)
  const s = await signedInUser(ctx, admin, username, 'leader')
  const start = await s.request('POST', '/api/auth/totp/enrolment', {})
  expect(start.status).toBe(201)
  const { secret, uri, qrCode } = (await start.json()) as { secret: string; uri: string; qrCode: string }
  expect(uri).toMatch(/^otpauth:\/\/totp\/Ly:leder1\?/)
  expect(uri).not.toContain('Testsenteret')
  expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/)
  const confirm = await s.request('POST', '/api/auth/totp/enrolment/confirm', { code: totpCodeAt(secret, ctx.clock.now()) })
  expect(confirm.status).toBe(200)
  ctx.clock.advanceMinutes(1)
  return { admin, s, secret }
}

describe('TOTP enrolment', () => {
  it('shows the secret once, stores it sealed, and refuses a wrong confirmation code (422)', async () => {
    const ctx = await createTestApp()
    const s = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    const { secret } = (await (await s.request('POST', '/api/auth/totp/enrolment', {})).json()) as { secret: string }
    const wrong = await s.request('POST', '/api/auth/totp/enrolment/confirm', { code: '000000' === totpCodeAt(secret, ctx.clock.now()) ? '111111' : '000000' })
    expect(wrong.status).toBe(422)
    expect(((await wrong.json()) as ErrorBody).error.issues?.[0]?.path).toBe('code')
    expect((await s.request('POST', '/api/auth/totp/enrolment/confirm', { code: totpCodeAt(secret, ctx.clock.now()) })).status).toBe(200)

    const row = await ctx.db.selectFrom('users').select(['totp_secret', 'totp_pending_secret']).where('username', '=', 'vakt1').executeTakeFirstOrThrow()
    expect(row.totp_secret).toMatch(/^v1:/)
    expect(row.totp_secret).not.toContain(secret)
    expect(row.totp_pending_secret).toBeNull()
    const status = await (await s.request('GET', '/api/auth/totp')).text()
    expect(status).not.toContain(secret)
    expect(JSON.parse(status)).toEqual({ enabled: true, required: false, pending: false })
    expect((await s.request('POST', '/api/auth/totp/enrolment', {})).status).toBe(409)
    expect(ctx.logger.lines.join('\n')).not.toContain(secret)
  })

  it('needs a session (401) and the CSRF token (403)', async () => {
    const ctx = await createTestApp()
    expect((await new TestSession(ctx.app).request('POST', '/api/auth/totp/enrolment', {})).status).toBe(401)
    const s = await signedInAdmin(ctx)
    expect((await s.request('POST', '/api/auth/totp/enrolment', {}, { 'x-csrf-token': 'nei' })).status).toBe(403)
  })
})

describe('TOTP at sign-in', () => {
  it('asks for the code only after a right password, and accepts a code ±1 step once', async () => {
    const ctx = await createTestApp()
    const { secret } = await enrolled(ctx)
    const device = new TestSession(ctx.app)
    const wrongPassword = await device.signIn('leder1', 'feil-passord-her')
    expect(await code(wrongPassword)).toBe('invalid_credentials')
    const noCode = await device.request('POST', '/api/auth/sign-in', { username: 'leder1', password: PASSWORD })
    expect(noCode.status).toBe(401)
    expect(await code(noCode)).toBe('totp_required')
    expect(device.cookie).toBe('')

    const previousStep = totpCodeAt(secret, new Date(ctx.clock.now().getTime() - 30_000))
    const ok = await device.request('POST', '/api/auth/sign-in', { username: 'leder1', password: PASSWORD, code: previousStep })
    expect(ok.status).toBe(200)
    // The same code again, from another device: refused (no reuse within its window).
    const again = await new TestSession(ctx.app).request('POST', '/api/auth/sign-in', { username: 'leder1', password: PASSWORD, code: previousStep })
    expect(await code(again)).toBe('invalid_totp')
    const twoStepsAhead = totpCodeAt(secret, new Date(ctx.clock.now().getTime() + 61_000))
    expect(await code(await new TestSession(ctx.app).request('POST', '/api/auth/sign-in', { username: 'leder1', password: PASSWORD, code: twoStepsAhead }))).toBe('invalid_totp')
    const current = totpCodeAt(secret, ctx.clock.now())
    expect((await new TestSession(ctx.app).request('POST', '/api/auth/sign-in', { username: 'leder1', password: PASSWORD, code: current })).status).toBe(200)
  })

  it('throttles wrong codes like wrong passwords, even when the next code is right', async () => {
    const ctx = await createTestApp()
    const { secret } = await enrolled(ctx)
    const device = new TestSession(ctx.app)
    const right = totpCodeAt(secret, ctx.clock.now())
    const wrong = right === '123456' ? '654321' : '123456'
    for (let i = 0; i < 5; i++) expect(await code(await device.request('POST', '/api/auth/sign-in', { username: 'leder1', password: PASSWORD, code: wrong }))).toBe('invalid_totp')
    const throttled = await device.request('POST', '/api/auth/sign-in', { username: 'leder1', password: PASSWORD, code: right })
    expect(throttled.status).toBe(429)
    ctx.clock.advanceMinutes(16)
    expect((await device.request('POST', '/api/auth/sign-in', { username: 'leder1', password: PASSWORD, code: totpCodeAt(secret, ctx.clock.now()) })).status).toBe(200)
    const actions = await ctx.db.selectFrom('audit_events').select('action').where('action', 'like', 'auth.%').execute()
    expect(actions.filter((a) => a.action === 'auth.totp_failed')).toHaveLength(5)
  })

  it('when required, a leader without it may only enrol; staff are not affected', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const put = await admin.request('PUT', '/api/settings/security', { requireTotp: true, idleLockMinutes: 5, retentionMonths: 24, version: 0 })
    expect(put.status).toBe(200)

    const blocked = await leader.request('GET', '/api/day-visits?year=2026')
    expect(blocked.status).toBe(403)
    expect(await code(blocked)).toBe('totp_enrolment_required')
    const session = (await (await leader.request('GET', '/api/auth/session')).json()) as { user: { mustEnrolTotp: boolean } }
    expect(session.user.mustEnrolTotp).toBe(true)
    expect((await staff.request('GET', '/api/day-visits?year=2026')).status).toBe(200)
    // The administrator who turned it on is held to it as well.
    expect(await code(await admin.request('GET', '/api/users'))).toBe('totp_enrolment_required')

    const { secret } = (await (await leader.request('POST', '/api/auth/totp/enrolment', {})).json()) as { secret: string }
    expect((await leader.request('POST', '/api/auth/totp/enrolment/confirm', { code: totpCodeAt(secret, ctx.clock.now()) })).status).toBe(200)
    expect((await leader.request('GET', '/api/day-visits?year=2026')).status).toBe(200)
  })

  it('an administrator resets a lost authenticator (audited); 409 on a stale version or none to reset', async () => {
    const ctx = await createTestApp()
    const { admin } = await enrolled(ctx)
    const users = ((await (await admin.request('GET', '/api/users')).json()) as { users: { id: string; username: string; version: number; totpEnabled: boolean }[] }).users
    const leader = users.find((u) => u.username === 'leder1')!
    expect(leader.totpEnabled).toBe(true)
    expect((await admin.request('POST', `/api/users/${leader.id}/reset-totp`, { version: leader.version - 1 })).status).toBe(409)
    const reset = await admin.request('POST', `/api/users/${leader.id}/reset-totp`, { version: leader.version })
    expect(reset.status).toBe(200)
    expect(((await reset.json()) as { user: { totpEnabled: boolean } }).user.totpEnabled).toBe(false)
    expect((await admin.request('POST', `/api/users/${leader.id}/reset-totp`, { version: leader.version + 1 })).status).toBe(409)
    expect((await new TestSession(ctx.app).signIn('leder1', PASSWORD)).status).toBe(200)
    const audit = await ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'user.totp_reset').execute()
    expect(audit).toMatchObject([{ target_id: leader.id, details: null }])
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    expect((await staff.request('POST', `/api/users/${leader.id}/reset-totp`, { version: 1 })).status).toBe(403)
  })
})
