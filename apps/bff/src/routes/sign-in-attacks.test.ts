import { describe, expect, it } from 'vitest'
import { DEVICE_COOKIE } from '../auth/device-cookie'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'

// Issue 19: sign-in and sessions against a determined attacker (docs/security.md, V6/V7).

const failureRows = (ctx: TestContext) => ctx.db.selectFrom('sign_in_failures').selectAll().execute()

describe('the throttle counts before it checks', () => {
  it('40 parallel wrong sign-ins for one account: only the budget is checked, the rest 429 with Retry-After', async () => {
    const ctx = await createTestApp()
    const attacker = () => new TestSession(ctx.app).signIn('admin', 'feil-passord-123')
    const answers = await Promise.all(Array.from({ length: 40 }, attacker))
    const statuses = answers.map((r) => r.status)
    // A 401 is an answer after the password hash was checked; 429 was refused before it.
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(35)
    for (const r of answers.filter((a) => a.status === 429)) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await failureRows(ctx)).toHaveLength(5)
  })

  it('a success releases its reservation: no failure is left behind', async () => {
    const ctx = await createTestApp()
    await signedInAdmin(ctx)
    expect(await failureRows(ctx)).toHaveLength(0)
  })
})

describe('a lockout an attacker cannot aim (device cookies)', () => {
  it('a leader who signed in before on their own browser is not locked out by failures from elsewhere', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const device = leader.cookies.get(DEVICE_COOKIE)
    expect(device).toBeTruthy()
    await leader.request('POST', '/api/auth/sign-out')
    expect(leader.cookie).toBe('')

    // Someone else types the leader's name wrong, far beyond the budget.
    const attacker = new TestSession(ctx.app)
    for (let i = 0; i < 8; i++) expect([401, 429]).toContain((await attacker.signIn('leder1', `feil-passord-${i}`)).status)
    expect((await attacker.signIn('leder1', 'et-langt-nytt-passord')).status).toBe(429)
    // An unknown browser is held too: the account's budget for unknown browsers is spent.
    expect((await new TestSession(ctx.app).signIn('leder1', 'et-langt-nytt-passord')).status).toBe(429)

    // The leader's own browser still signs in.
    expect((await leader.signIn('leder1', 'et-langt-nytt-passord')).status).toBe(200)
  })

  it('a forged or another user’s device cookie counts as an unknown browser', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    await signedInUser(ctx, admin, 'leder1', 'leader')
    for (let i = 0; i < 5; i++) await new TestSession(ctx.app).signIn('leder1', `feil-passord-${i}`)
    const forger = new TestSession(ctx.app)
    const [user, nonce] = admin.cookies.get(DEVICE_COOKIE)!.split('.')
    const leaderId = (await ctx.db.selectFrom('users').select('id').where('username', '=', 'leder1').executeTakeFirstOrThrow()).id
    forger.cookies.set(DEVICE_COOKIE, `${leaderId}.${nonce}.ikke-signert`)
    expect((await forger.signIn('leder1', 'et-langt-nytt-passord')).status).toBe(429)
    // The admin's own (valid) cookie names the admin, not the leader.
    expect(user).not.toBe(leaderId)
    forger.cookies.set(DEVICE_COOKIE, admin.cookies.get(DEVICE_COOKIE)!)
    expect((await forger.signIn('leder1', 'et-langt-nytt-passord')).status).toBe(429)
  })

  it('a known browser is throttled on its own budget', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    await admin.request('POST', '/api/auth/sign-out')
    for (let i = 0; i < 5; i++) expect((await admin.signIn('admin', `feil-passord-${i}`)).status).toBe(401)
    expect((await admin.signIn('admin', 'et-langt-nytt-passord')).status).toBe(429)
    // Its failures are its own: an unknown browser of the real user is not held by them.
    expect((await new TestSession(ctx.app).signIn('admin', 'et-langt-nytt-passord')).status).toBe(200)
  })

  it('sets the device cookie HttpOnly, SameSite=Strict, for the auth routes, Secure per LY_SECURE_COOKIES', async () => {
    for (const [secureCookies, secure] of [
      ['always', true],
      ['never', false],
    ] as const) {
      const ctx = await createTestApp({ secureCookies })
      const res = await new TestSession(ctx.app).signIn('admin', ctx.centre.adminPassword)
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`))
      expect(cookie).toMatch(/HttpOnly/)
      expect(cookie).toMatch(/SameSite=Strict/)
      expect(cookie).toMatch(/Path=\/api\/auth/)
      expect(/; Secure/.test(cookie ?? '')).toBe(secure)
    }
  })
})

describe('what sign-in keeps at rest', () => {
  it('stores a keyed hash of the typed name, never the name (it may be a national ID or a password)', async () => {
    const ctx = await createTestApp()
    const typed = ['01017012345', 'Mitt-Passord-123', 'navn@eksempel.no']
    for (const name of typed) await new TestSession(ctx.app).signIn(name, 'feil-passord-123')
    const dump = JSON.stringify(await failureRows(ctx))
    for (const name of typed) expect(dump.toLowerCase()).not.toContain(name.toLowerCase())
    // The same name, however typed, counts as one account.
    await new TestSession(ctx.app).signIn(' ADMIN ', 'feil-passord-123')
    await new TestSession(ctx.app).signIn('admin', 'feil-passord-123')
    const keys = (await failureRows(ctx)).map((r) => r.account_key)
    expect(keys.at(-1)).toBe(keys.at(-2))
  })

  it('keeps only a digest of the CSRF token, which still works after a reload', async () => {
    const ctx = await createTestApp()
    const s = await signedInAdmin(ctx)
    const rows = await ctx.db.selectFrom('sessions').selectAll().execute()
    expect(JSON.stringify(rows)).not.toContain(s.csrfToken)
    const reloaded = (await (await s.request('GET', '/api/auth/session')).json()) as { csrfToken: string }
    expect(reloaded.csrfToken).toBe(s.csrfToken)
    expect((await s.request('POST', '/api/auth/lock', {}, { 'x-csrf-token': `${s.csrfToken.slice(0, -1)}${s.csrfToken.endsWith('A') ? 'B' : 'A'}` })).status).toBe(403)
    expect((await s.request('POST', '/api/auth/lock', {})).status).toBe(200)
  })
})

describe('the idle limit to the second', () => {
  it('refuses a session within 10 s of its idle limit, counted from the last request', async () => {
    const ctx = await createTestApp({ sessionIdleMinutes: 1 })
    const s = await signedInAdmin(ctx)
    ctx.clock.advanceSeconds(30)
    expect((await s.request('GET', '/api/auth/session')).status).toBe(200)
    // 49 s after that request: still within its minute, less the 10 s the write may lag.
    ctx.clock.advanceSeconds(49)
    expect((await s.request('GET', '/api/auth/session')).status).toBe(200)
    // A minute after the last request (which was written: more than 10 s had passed).
    ctx.clock.advanceSeconds(60)
    expect((await s.request('GET', '/api/auth/session')).status).toBe(401)
  })
})
