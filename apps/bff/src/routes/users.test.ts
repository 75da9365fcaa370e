import { describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'

type UserBody = { user: { id: string; version: number; role: string; active: boolean }; temporaryPassword?: string }

async function createUser(admin: TestSession, username: string, role = 'staff') {
  const res = await admin.request('POST', '/api/users', { username, role })
  expect(res.status).toBe(201)
  return (await res.json()) as UserBody
}

async function secondCentreAdmin(ctx: TestContext) {
  const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
  const s = new TestSession(ctx.app)
  await s.signInAndSetPassword(other.adminUsername, other.adminPassword)
  return s
}

describe('user administration', () => {
  it('creates a user with a one-time password that must be changed', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const { user, temporaryPassword } = await createUser(admin, 'Vakt1')
    expect(user).toMatchObject({ role: 'staff', active: true, mustChangePassword: true })
    expect(temporaryPassword).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/)
    const list = (await (await admin.request('GET', '/api/users')).json()) as { users: { username: string }[] }
    expect(list.users.map((u) => u.username)).toEqual(['admin', 'vakt1'])
    expect(JSON.stringify(list)).not.toMatch(/password_hash|argon2/)
  })

  it('refuses duplicate and malformed usernames and unknown fields with 422', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    await createUser(admin, 'vakt1')
    const dup = await admin.request('POST', '/api/users', { username: 'vakt1', role: 'staff' })
    expect(dup.status).toBe(422)
    const bad = await admin.request('POST', '/api/users', { username: 'a b', role: 'boss', extra: 1 })
    expect(bad.status).toBe(422)
    const { error } = (await bad.json()) as { error: { issues: { path: string; message: string }[] } }
    expect(error.issues.map((i) => i.path).sort()).toEqual(['extra', 'role', 'username'])
    // The words of the shared schema (@ly/forms/accounts), which the SPA's form shows too.
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'username', message: 'Brukernavnet kan bare ha bokstavene a–z, tall, punktum, bindestrek og understrek.' },
        { path: 'role', message: 'Velg en rolle.' },
      ]),
    )
  })

  it('is for administrators only', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    for (const s of [staff, leader]) {
      expect((await s.request('GET', '/api/users')).status).toBe(403)
      expect((await s.request('POST', '/api/users', { username: 'x-y-z', role: 'admin' })).status).toBe(403)
    }
  })

  it('changes roles, deactivates (ending sessions) and reactivates', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const list = (await (await admin.request('GET', '/api/users')).json()) as { users: { id: string; username: string; version: number }[] }
    const target = list.users.find((u) => u.username === 'vakt1')!

    const promoted = await admin.request('PATCH', `/api/users/${target.id}`, { version: target.version, role: 'leader' })
    expect(promoted.status).toBe(200)
    const after = ((await promoted.json()) as UserBody).user
    expect(after.role).toBe('leader')

    const deactivated = await admin.request('PATCH', `/api/users/${target.id}`, { version: after.version, active: false })
    expect(((await deactivated.json()) as UserBody).user.active).toBe(false)
    expect((await staff.request('GET', '/api/auth/session')).status).toBe(401)
    expect((await new TestSession(ctx.app).signIn('vakt1', 'et-langt-nytt-passord')).status).toBe(401)
  })

  it('answers 409 when the user changed since the administrator loaded it', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const { user } = await createUser(admin, 'vakt1')
    expect((await admin.request('PATCH', `/api/users/${user.id}`, { version: user.version, role: 'leader' })).status).toBe(200)
    const stale = await admin.request('PATCH', `/api/users/${user.id}`, { version: user.version, role: 'admin' })
    expect(stale.status).toBe(409)
  })

  it('keeps at least one active administrator', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const me = ((await (await admin.request('GET', '/api/users')).json()) as { users: { id: string; version: number }[] }).users[0]!
    const res = await admin.request('PATCH', `/api/users/${me.id}`, { version: me.version, role: 'staff' })
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({ error: { issues: [{ path: 'role', message: 'Senteret må ha minst én aktiv administrator.' }] } })
  })

  it('resets a password: old sessions end and the new one-time password works', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const list = (await (await admin.request('GET', '/api/users')).json()) as { users: { id: string; username: string; version: number }[] }
    const target = list.users.find((u) => u.username === 'vakt1')!
    const res = await admin.request('POST', `/api/users/${target.id}/reset-password`, { version: target.version })
    const { temporaryPassword } = (await res.json()) as UserBody
    expect((await staff.request('GET', '/api/auth/session')).status).toBe(401)
    expect((await new TestSession(ctx.app).signIn('vakt1', temporaryPassword!)).status).toBe(200)
  })
})

describe('centre isolation', () => {
  it('an administrator never sees or changes another centre’s users', async () => {
    const ctx = await createTestApp()
    const adminA = await signedInAdmin(ctx)
    const { user } = await createUser(adminA, 'vakt1')
    const adminB = await secondCentreAdmin(ctx)

    const listB = (await (await adminB.request('GET', '/api/users')).json()) as { users: { username: string }[] }
    expect(listB.users.map((u) => u.username)).toEqual(['admin2'])
    expect((await adminB.request('PATCH', `/api/users/${user.id}`, { version: user.version, active: false })).status).toBe(404)
    expect((await adminB.request('POST', `/api/users/${user.id}/reset-password`, { version: user.version })).status).toBe(404)
  })
})

describe('audit', () => {
  it('records sign-in, failures, sign-out and user changes without passwords or session ids', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    await new TestSession(ctx.app).signIn('admin', 'feil-passord-123')
    const { user, temporaryPassword } = await createUser(admin, 'vakt1')
    await admin.request('PATCH', `/api/users/${user.id}`, { version: user.version, role: 'leader' })
    await admin.request('POST', '/api/auth/sign-out')

    const events = await ctx.db.selectFrom('audit_events').selectAll().orderBy('id').execute()
    expect(events.map((e) => e.action)).toEqual([
      'centre.created',
      'user.created',
      'auth.sign_in',
      'auth.password_changed',
      'auth.sign_in_failed',
      'user.created',
      'user.role_changed',
      'auth.sign_out',
    ])
    const sessions = await ctx.db.selectFrom('sessions').select(['id', 'csrf_token_hash']).execute()
    const dump = JSON.stringify(events) + ctx.logger.lines.join('\n')
    for (const secret of [
      ctx.centre.adminPassword,
      temporaryPassword!,
      'et-langt-nytt-passord',
      'feil-passord-123',
      admin.cookie.split('=')[1]!,
      ...sessions.flatMap((s) => [s.id, s.csrf_token_hash]),
    ]) {
      expect(dump).not.toContain(secret)
    }
  })
})
