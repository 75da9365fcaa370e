import { Hono } from 'hono'
import { beforeAll, describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { defaultConfig, type AppEnv } from '../deps'
import { sessionGate } from '../middleware/session'
import { dayVisitInput } from '@ly/forms/testing'
import { createTestApp, signedInAdmin, TestSession, type TestContext } from '../testing/test-app'
import { isPostgres } from './dialect'

import { runClosedScope, runInCentreScope } from './scope'

/**
 * Issue 10: on PostgreSQL, row-level security keeps a centre's registrations from another
 * centre's users even when a query forgets its `where centre_id = …`. Every query here is
 * deliberately unfiltered. SQLite has no row-level security (docs/deploy.md), so these run
 * in the bff-postgres project only.
 */
let ctx: TestContext
let centreB: string
let adminA: TestSession
const onPostgres = Boolean(process.env.LY_TEST_DB === 'postgres')

describe.runIf(onPostgres)('row-level security on PostgreSQL', () => {
  beforeAll(async () => {
    ctx = await createTestApp()
    expect(isPostgres(ctx.db)).toBe(true)
    const b = await createCentreWithAdmin(ctx.db, ctx.clock, 'Andre senter', 'admin-b')
    centreB = b.centreId
    adminA = await signedInAdmin(ctx)
    const adminB = new TestSession(ctx.app)
    await adminB.signInAndSetPassword(b.adminUsername, b.adminPassword)
    for (const session of [adminA, adminA, adminB]) {
      const res = await session.request('POST', '/api/day-visits', dayVisitInput())
      expect(res.status).toBe(201)
    }
  })

  const unfiltered = () => ctx.db.selectFrom('day_visits').select('centre_id').execute()
  const unfilteredChoices = () => ctx.db.selectFrom('day_visits_choices').select('record_id').execute()

  it('system work (no request) sees every centre', async () => {
    expect((await unfiltered()).length).toBe(3)
  })

  it("a centre's scope sees only that centre's records and ticked options", async () => {
    const rows = await runInCentreScope(ctx.centre.centreId, unfiltered)
    expect(rows.map((r) => r.centre_id)).toEqual([ctx.centre.centreId, ctx.centre.centreId])
    const all = await unfilteredChoices()
    const mine = await runInCentreScope(ctx.centre.centreId, unfilteredChoices)
    const ids = new Set((await ctx.db.selectFrom('day_visits').select('id').where('centre_id', '=', ctx.centre.centreId).execute()).map((r) => r.id))
    expect(all.length).toBeGreaterThan(mine.length)
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((c) => ids.has(c.record_id))).toBe(true)
  })

  it('a request before sign-in sees nothing', async () => {
    expect(await runClosedScope(unfiltered)).toEqual([])
  })

  it("a centre's scope cannot write into another centre", async () => {
    const write = () => ctx.db.updateTable('day_visits').set({ version: 99 }).where('centre_id', '=', centreB).executeTakeFirst()
    const result = await runInCentreScope(ctx.centre.centreId, write)
    expect(Number(result.numUpdatedRows)).toBe(0)
    const move = () => ctx.db.updateTable('day_visits').set({ centre_id: centreB }).where('centre_id', '=', ctx.centre.centreId).execute()
    await expect(runInCentreScope(ctx.centre.centreId, move)).rejects.toThrow(/row-level security/)
  })

  it("the real session gate scopes a signed-in user's request to their centre", async () => {
    // A route that forgets the centre filter, behind the same gate the API uses.
    const probe = new Hono<AppEnv>()
      .use('*', (_c, next) => runClosedScope(next))
      .use('*', sessionGate({ db: ctx.db, clock: ctx.clock, logger: ctx.logger, config: defaultConfig }))
      .get('/api/forgot-the-filter', async (c) => c.json(await unfiltered()))
    const res = await probe.request('/api/forgot-the-filter', { headers: { cookie: adminA.cookie } })
    expect(res.status).toBe(200)
    const rows = (await res.json()) as { centre_id: string }[]
    expect(rows.length).toBe(2)
    expect(new Set(rows.map((r) => r.centre_id))).toEqual(new Set([ctx.centre.centreId]))
  })
})
