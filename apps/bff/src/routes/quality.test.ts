import { describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import type { QualityReport } from '../quality/check'
import { RULE_KEYS } from '../quality/rules'
import { seedQualityFixture } from '../quality/testing'
import { createTestApp, signedInAdmin, signedInUser, TestSession } from '../testing/test-app'

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }

async function setUp() {
  const ctx = await createTestApp()
  const admin = await signedInAdmin(ctx)
  const fixture = await seedQualityFixture(ctx.db, ctx.centre.centreId, ctx.clock.now())
  return { ctx, fixture, staff: await signedInUser(ctx, admin, 'vakt1', 'staff'), leader: await signedInUser(ctx, admin, 'leder1', 'leader') }
}

describe('/api/quality and the year lock (Kvalitetskontroll)', () => {
  it("lists every rule and the fixture's findings for staff and leaders; another centre sees none of them", async () => {
    const { ctx, fixture, staff, leader } = await setUp()
    const res = await staff.request('GET', '/api/quality?year=2025')
    expect(res.status).toBe(200)
    const report = (await res.json()) as QualityReport
    expect(report).toMatchObject({ year: 2025, today: '2026-03-02' })
    for (const rule of RULE_KEYS)
      expect(
        report.findings
          .filter((f) => f.rule === rule)
          .map((f) => f.id)
          .sort(),
        rule,
      ).toEqual([...fixture.expected[rule]].sort())
    expect(((await (await leader.request('GET', '/api/quality?year=2025')).json()) as QualityReport).findings).toHaveLength(report.findings.length)
    // The default is the current year: of the fixture, only the stays that reach into 2026.
    const current = (await (await staff.request('GET', '/api/quality')).json()) as QualityReport
    expect(current.year).toBe(2026)
    expect(new Set(current.findings.map((f) => f.id))).toEqual(
      new Set([...fixture.expected.long_open_stay, ...fixture.expected.child_without_adult, ...fixture.expected.future_date]),
    )

    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Et annet senter', 'admin2')
    const otherAdmin = new TestSession(ctx.app)
    await otherAdmin.signInAndSetPassword(other.adminUsername, other.adminPassword)
    expect(((await (await otherAdmin.request('GET', '/api/quality?year=2025')).json()) as QualityReport).findings).toEqual([])
  })

  it('refuses a bad year (422) and anyone signed out (401)', async () => {
    const { ctx, staff } = await setUp()
    const bad = await staff.request('GET', '/api/quality?year=tjuefem')
    expect(bad.status).toBe(422)
    expect(((await bad.json()) as ErrorBody).error.issues?.[0]?.path).toBe('year')
    expect((await new TestSession(ctx.app).request('GET', '/api/quality?year=2025')).status).toBe(401)
  })

  it('finalising a year with findings asks first (409) and locks once the leader confirms them, audited with their count', async () => {
    const { ctx, fixture, leader } = await setUp()
    const asked = await leader.request('POST', '/api/years/2025/lock', {})
    expect(asked.status).toBe(409)
    const total = Object.values(fixture.expected).flat().length
    expect(((await asked.json()) as ErrorBody).error).toEqual({
      code: 'quality_findings',
      message: `Kvalitetskontrollen fant ${total} ting i 2025 som bør rettes før året låses. Rett dem, eller bekreft at året skal låses likevel.`,
    })
    expect(await ctx.db.selectFrom('year_locks').selectAll().execute()).toEqual([])
    expect((await leader.request('POST', '/api/years/2025/lock', { confirmFindings: 'ja' })).status).toBe(422)

    expect((await leader.request('POST', '/api/years/2025/lock', { confirmFindings: true })).status).toBe(200)
    const audit = await ctx.db.selectFrom('audit_events').select(['action', 'details']).where('action', '=', 'year.locked').execute()
    expect(audit).toEqual([{ action: 'year.locked', details: JSON.stringify({ year: 2025, findingsConfirmed: total }) }])
    // A year without findings locks without asking.
    expect((await leader.request('POST', '/api/years/2023/lock', {})).status).toBe(200)
  })
})
