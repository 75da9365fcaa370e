import { describe, expect, it } from 'vitest'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'
import { defaultConfig } from '../deps'
import { recoverAdmin, RecoveryRefused } from './recover-admin'

const adminRow = (ctx: TestContext, username: string) =>
  ctx.db.selectFrom('users').select(['id', 'active', 'must_change_password', 'totp_enabled_at', 'totp_secret']).where('username', '=', username).executeTakeFirstOrThrow()

describe('pnpm ly recover-admin: the way back in for a locked-out administrator', () => {
  it('gives a one-time password, removes two-factor sign-in, ends the sessions and forgets the failed attempts', async () => {
    const ctx = await createTestApp()
    const old = await signedInAdmin(ctx)
    // A phone with two-factor sign-in, now lost (set directly: enrolment is not what is tested).
    await ctx.db.updateTable('users').set({ totp_secret: 'forseglet', totp_enabled_at: ctx.clock.now().toISOString() }).where('username', '=', 'admin').execute()
    const locked = new TestSession(ctx.app)
    for (let i = 0; i < 5; i++) await locked.signIn('admin', `feil-passord-${i}`)
    expect((await locked.signIn('admin', 'et-langt-nytt-passord')).status).toBe(429)

    const recovered = await recoverAdmin(ctx.db, ctx.clock, defaultConfig.secretKey, ctx.centre.centreId)
    expect(recovered).toMatchObject({ username: 'admin', totpReset: true, reactivated: false })
    expect(recovered.password).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/)

    expect((await old.request('GET', '/api/auth/session')).status).toBe(401)
    const row = await adminRow(ctx, 'admin')
    expect(row).toMatchObject({ must_change_password: 1, totp_enabled_at: null, totp_secret: null })
    // In with the new password at once — no lock, no code — and made to choose a password.
    const fresh = new TestSession(ctx.app)
    const res = await fresh.signIn('admin', recovered.password)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ user: { username: 'admin', mustChangePassword: true } })

    const audit = await ctx.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'target_id', 'details'])
      .where('target_id', '=', row.id)
      .where('action', 'in', ['user.password_reset', 'user.totp_reset', 'user.reactivated'])
      .orderBy('id')
      .execute()
    expect(audit.map((a) => [a.action, a.actor_user_id])).toEqual([
      ['user.password_reset', null],
      ['user.totp_reset', null],
    ])
    expect(JSON.parse(audit.at(-1)!.details!)).toEqual({ via: 'pnpm ly recover-admin' })
  })

  it('makes a deactivated administrator active again', async () => {
    const ctx = await createTestApp()
    await ctx.db.updateTable('users').set({ active: 0 }).where('username', '=', 'admin').execute()
    expect(await recoverAdmin(ctx.db, ctx.clock, defaultConfig.secretKey, ctx.centre.centreId)).toMatchObject({ reactivated: true, totpReset: false })
    expect((await adminRow(ctx, 'admin')).active).toBe(1)
  })

  it('asks which one when the centre has several administrators, and refuses names that are not its administrators', async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    await signedInUser(ctx, admin, 'leder2', 'admin')
    await signedInUser(ctx, admin, 'vakt1', 'staff')
    await expect(recoverAdmin(ctx.db, ctx.clock, defaultConfig.secretKey, ctx.centre.centreId)).rejects.toThrow(
      new RecoveryRefused('Senteret har flere administratorer (admin, leder2). Velg én med --user BRUKERNAVN.'),
    )
    await expect(recoverAdmin(ctx.db, ctx.clock, defaultConfig.secretKey, ctx.centre.centreId, 'vakt1')).rejects.toThrow(
      /ingen administrator med brukernavnet vakt1\. Administratorer: admin, leder2\./,
    )
    expect(await recoverAdmin(ctx.db, ctx.clock, defaultConfig.secretKey, ctx.centre.centreId, 'Leder2')).toMatchObject({ username: 'leder2' })
    // The other administrator keeps the password they had.
    expect((await new TestSession(ctx.app).signIn('admin', 'et-langt-nytt-passord')).status).toBe(200)
  })
})
