import { describe, expect, it } from 'vitest'
import { createTestApp, signedInAdmin, signedInUser, TestSession } from '../testing/test-app'

describe('public and protected routes', () => {
  it('answers /api/health without a session and 401 JSON everywhere else', async () => {
    const { app } = await createTestApp()
    expect((await app.request('/api/health')).status).toBe(200)
    for (const path of ['/api/users', '/api/auth/session', '/api/does-not-exist']) {
      const res = await app.request(path)
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: 'Du må logge inn.' } })
      expect(res.headers.get('cache-control')).toBe('no-store')
    }
  })
})

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict cookie and forces a first password change', async () => {
    const ctx = await createTestApp()
    const s = new TestSession(ctx.app)
    const res = await s.signIn('admin', ctx.centre.adminPassword)
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).not.toMatch(/Secure/) // plain http in tests; Secure is set behind HTTPS
    const body = (await res.json()) as { user: { mustChangePassword: boolean; role: string } }
    expect(body.user).toMatchObject({ mustChangePassword: true, role: 'admin' })

    const blocked = await s.request('GET', '/api/users')
    expect(blocked.status).toBe(403)
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('password_change_required')
  })

  it('sets Secure on the cookie when served over HTTPS', async () => {
    const ctx = await createTestApp()
    const res = await ctx.app.request('https://ly.example/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ctx.centre.adminPassword }),
    })
    expect(res.headers.get('set-cookie')).toMatch(/Secure/)
  })

  it('refuses a wrong password with one message that does not reveal whether the user exists', async () => {
    const ctx = await createTestApp()
    const s = new TestSession(ctx.app)
    const wrong = await s.signIn('admin', 'feil-passord-123')
    const unknown = await s.signIn('finnes-ikke', 'feil-passord-123')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await wrong.json()).toEqual(await unknown.json())
  })

  it('gives a new session id at every sign-in and invalidates the previous one', async () => {
    const ctx = await createTestApp()
    const s = await signedInAdmin(ctx)
    const firstCookie = s.cookie
    await s.signIn('admin', 'et-langt-nytt-passord')
    expect(s.cookie).not.toBe(firstCookie)
    const old = await ctx.app.request('/api/auth/session', { headers: { cookie: firstCookie } })
    expect(old.status).toBe(401)
  })

  it('validates the sign-in body with Norwegian field messages', async () => {
    const ctx = await createTestApp()
    const res = await new TestSession(ctx.app).request('POST', '/api/auth/sign-in', { username: '', password: '' })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { issues: { path: string; message: string }[] } }
    expect(body.error.issues).toEqual([
      { path: 'username', message: 'Skriv brukernavnet ditt.' },
      { path: 'password', message: 'Skriv passordet ditt.' },
    ])
    // A field the sign-in does not know is named, not dropped.
    const extra = await new TestSession(ctx.app).request('POST', '/api/auth/sign-in', { username: 'admin', password: ctx.centre.adminPassword, remember: true })
    expect(extra.status).toBe(422)
    expect(await extra.json()).toMatchObject({ error: { issues: [{ path: 'remember', message: 'Ukjent felt.' }] } })
  })

  it('answers 400 in Norwegian for malformed JSON and 413 for an oversized body', async () => {
    const ctx = await createTestApp({ maxBodyBytes: 1024 })
    const s = new TestSession(ctx.app)
    const malformed = await s.request('POST', '/api/auth/sign-in', '{"username": ')
    expect(malformed.status).toBe(400)
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toMatch(/gyldig JSON/)
    const huge = await s.request('POST', '/api/auth/sign-in', { username: 'admin', password: 'x'.repeat(5000) })
    expect(huge.status).toBe(413)
  })
})

describe('throttling failed sign-ins', () => {
  it('locks an account after 5 failures, even for the right password, and opens again after the window', async () => {
    const ctx = await createTestApp()
    const s = new TestSession(ctx.app)
    for (let i = 0; i < 5; i++) expect((await s.signIn('admin', `feil-passord-${i}`)).status).toBe(401)
    const locked = await s.signIn('admin', ctx.centre.adminPassword)
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await locked.json()) as { error: { message: string } }).error.message).toMatch(/For mange mislykkede innlogginger/)

    ctx.clock.advanceMinutes(16)
    expect((await s.signIn('admin', ctx.centre.adminPassword)).status).toBe(200)
  })

  it('throttles one address that tries many different accounts', async () => {
    const ctx = await createTestApp()
    const s = new TestSession(ctx.app)
    for (let i = 0; i < 20; i++) await s.signIn(`gjett${i}`, 'feil-passord-123')
    expect((await s.signIn('admin', ctx.centre.adminPassword)).status).toBe(429)
  })
})

describe('session lifetime', () => {
  it('ends after 30 idle minutes', async () => {
    const ctx = await createTestApp()
    const s = await signedInAdmin(ctx)
    ctx.clock.advanceMinutes(29)
    expect((await s.request('GET', '/api/auth/session')).status).toBe(200)
    ctx.clock.advanceMinutes(31)
    const res = await s.request('GET', '/api/auth/session')
    expect(res.status).toBe(401)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('session_expired')
  })

  it('ends at the absolute lifetime even when active', async () => {
    const ctx = await createTestApp({ sessionAbsoluteHours: 2 })
    const s = await signedInAdmin(ctx)
    for (let i = 0; i < 5; i++) {
      ctx.clock.advanceMinutes(20)
      expect((await s.request('GET', '/api/auth/session')).status).toBe(200)
    }
    ctx.clock.advanceMinutes(21)
    expect((await s.request('GET', '/api/auth/session')).status).toBe(401)
  })

  it('signs out: the session no longer works', async () => {
    const ctx = await createTestApp()
    const s = await signedInAdmin(ctx)
    const cookie = s.cookie
    expect((await s.request('POST', '/api/auth/sign-out')).status).toBe(204)
    expect((await ctx.app.request('/api/auth/session', { headers: { cookie } })).status).toBe(401)
  })
})

describe('CSRF', () => {
  it('refuses a state-changing request without the session CSRF token', async () => {
    const ctx = await createTestApp()
    const s = await signedInAdmin(ctx)
    const res = await s.request('POST', '/api/users', { username: 'vakt1', role: 'staff' }, { 'x-csrf-token': 'feil' })
    expect(res.status).toBe(403)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('csrf')
  })

  it('refuses cross-site requests outright', async () => {
    const ctx = await createTestApp()
    const res = await new TestSession(ctx.app).request('POST', '/api/auth/sign-in', { username: 'admin', password: 'x' }, { 'sec-fetch-site': 'cross-site' })
    expect(res.status).toBe(403)
  })
})

describe('changing the own password', () => {
  it('requires at least 12 characters and the right current password', async () => {
    const ctx = await createTestApp()
    const s = new TestSession(ctx.app)
    await s.signIn('admin', ctx.centre.adminPassword)
    const short = await s.request('POST', '/api/auth/password', { currentPassword: ctx.centre.adminPassword, newPassword: 'kort' })
    expect(short.status).toBe(422)
    expect(await short.json()).toMatchObject({ error: { issues: [{ path: 'newPassword', message: 'Det nye passordet må ha minst 12 tegn.' }] } })
    const wrong = await s.request('POST', '/api/auth/password', { currentPassword: 'feil-passord-123', newPassword: 'et-langt-nytt-passord' })
    expect(wrong.status).toBe(422)
    expect(await wrong.json()).toMatchObject({ error: { issues: [{ path: 'currentPassword' }] } })
    const extra = await s.request('POST', '/api/auth/password', {
      currentPassword: ctx.centre.adminPassword,
      newPassword: 'et-langt-nytt-passord',
      repeatPassword: 'et-langt-nytt-passord',
    })
    expect(extra.status).toBe(422)
    expect(await extra.json()).toMatchObject({ error: { issues: [{ path: 'repeatPassword', message: 'Ukjent felt.' }] } })
  })

  it('staff can sign in with a user an administrator created', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const res = await staff.request('GET', '/api/auth/session')
    expect(await res.json()).toMatchObject({ user: { username: 'vakt1', role: 'staff', mustChangePassword: false } })
  })
})
