import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSqlite } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { defaultConfig } from '../deps'
import { runLy } from '../testing/cli'
import { createTestApp, signedInAdmin, TestSession } from '../testing/test-app'
import { HOUSEKEEPING_INTERVAL_MS, purgeSignInData, scheduleHousekeeping } from './housekeeping'

const count = async (ctx: Awaited<ReturnType<typeof createTestApp>>, table: 'sessions' | 'sign_in_failures') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

/** One session and two failed sign-ins, then time passes beyond the idle limit and the throttle window. */
async function aged() {
  const ctx = await createTestApp()
  await signedInAdmin(ctx)
  for (let i = 0; i < 2; i++) expect((await new TestSession(ctx.app).signIn('admin', 'feil-passord-her')).status).toBe(401)
  expect(await count(ctx, 'sessions')).toBe(1)
  expect(await count(ctx, 'sign_in_failures')).toBe(2)
  ctx.clock.advanceMinutes(Math.max(defaultConfig.sessionIdleMinutes, defaultConfig.throttle.windowMinutes) + 1)
  return ctx
}

describe('housekeeping of sign-in data (issue 19)', () => {
  it('deletes expired sessions and failures older than the throttle window, and audits the counts only', async () => {
    const ctx = await aged()
    // A fresh failure inside the window stays: the throttle still counts it.
    expect((await new TestSession(ctx.app).signIn('admin', 'enda-et-feil-passord')).status).toBe(401)
    expect(await purgeSignInData(ctx.db, ctx.clock.now(), defaultConfig)).toEqual({ sessions: 1, failures: 2 })
    expect(await count(ctx, 'sessions')).toBe(0)
    expect(await count(ctx, 'sign_in_failures')).toBe(1)
    const audit = await ctx.db.selectFrom('audit_events').select(['centre_id', 'actor_user_id', 'details', 'target_id']).where('action', '=', 'housekeeping.purged').execute()
    expect(audit).toEqual([{ centre_id: null, actor_user_id: null, target_id: null, details: JSON.stringify({ sessions: 1, failures: 2 }) }])
  })

  it('runs at start and then every hour inside the server', async () => {
    const ctx = await aged()
    const timer = {
      jobs: [] as { run: () => void; ms: number }[],
      setInterval(run: () => void, ms: number) {
        return this.jobs.push({ run, ms })
      },
      clearInterval: () => undefined,
    }
    const job = scheduleHousekeeping({ db: ctx.db, clock: ctx.clock, logger: ctx.logger, limits: defaultConfig }, timer)
    await job.started
    expect(await count(ctx, 'sessions')).toBe(0)
    expect(timer.jobs.map((j) => j.ms)).toEqual([HOUSEKEEPING_INTERVAL_MS])
    expect(ctx.logger.lines.some((l) => l.includes('"sessions":1'))).toBe(true)
  })

  it('is the command pnpm ly purge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ly-purge-'))
    try {
      const db = openSqlite(join(dir, 'ly.sqlite'))
      await migrateToLatest(db)
      await db.destroy()
      const run = runLy(dir, ['purge', '--db', 'ly.sqlite'])
      expect(run.stderr).toBe('')
      expect(run.stdout).toContain('Slettet 0 utløpte økter og 0 gamle mislykkede innlogginger.')
      expect(run.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})
