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

describe('«Sjekket – riktig»: a leader marks a finding checked (decision 0057)', () => {
  it('lists it apart with the reason, counts it no more, and finalising asks only about the rest; a change of the record asks again', async () => {
    const { ctx, fixture, staff, leader } = await setUp()
    const [visitId] = fixture.expected.first_in_year_unanswered
    const mark = (body: object, session = leader) => session.request('POST', '/api/quality/checked', { year: 2025, rule: 'first_in_year_unanswered', id: visitId, ...body })
    expect((await mark({ reason: 'Svaret finnes ikke i papirskjemaet.' }, staff)).status).toBe(403)
    // The reason is screened like every free text, and required.
    const phone = await mark({ reason: 'Ring 912 34 567' })
    expect(phone.status).toBe(422)
    expect(((await phone.json()) as ErrorBody).error.issues?.[0]?.path).toBe('reason')
    const blank = await mark({ reason: '  ' })
    expect(((await blank.json()) as ErrorBody).error.issues?.[0]).toEqual({ path: 'reason', message: 'Skriv hvorfor det er riktig.' })
    // Only what the check finds can be marked.
    expect((await mark({ reason: 'Riktig.', id: fixture.clean[0] })).status).toBe(404)
    expect((await mark({ reason: 'Riktig.', rule: 'future_date' })).status).toBe(404)

    expect((await mark({ reason: 'Svaret finnes ikke i papirskjemaet.' })).status).toBe(200)
    const report = (await (await staff.request('GET', '/api/quality?year=2025')).json()) as QualityReport
    const total = Object.values(fixture.expected).flat().length
    expect(report.findings).toHaveLength(total - 1)
    expect(report.findings.some((f) => f.id === visitId)).toBe(false)
    expect(report.checked).toEqual([
      expect.objectContaining({ rule: 'first_in_year_unanswered', id: visitId, checked: expect.objectContaining({ reason: 'Svaret finnes ikke i papirskjemaet.', by: 'leder1' }) }),
    ])
    expect(report.rules.find((r) => r.key === 'first_in_year_unanswered')).toMatchObject({ count: 0, checked: 1 })
    // Marked once: a second mark finds nothing left to mark.
    expect((await mark({ reason: 'Igjen.' })).status).toBe(404)

    const asked = await leader.request('POST', '/api/years/2025/lock', {})
    expect(asked.status).toBe(409)
    expect(((await asked.json()) as ErrorBody).error.message).toContain(`fant ${total - 1} ting i 2025`)
    const audit = await ctx.db.selectFrom('audit_events').select(['action', 'target_id', 'details']).where('action', '=', 'quality.finding_checked').execute()
    // The reason stays out of the audit trail (it is kept with the mark).
    expect(audit).toEqual([{ action: 'quality.finding_checked', target_id: visitId, details: JSON.stringify({ year: 2025, rule: 'first_in_year_unanswered' }) }])

    // The record changes (another version): the finding needs a new look.
    await ctx.db
      .updateTable('day_visits')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', visitId!)
      .execute()
    const again = (await (await staff.request('GET', '/api/quality?year=2025')).json()) as QualityReport
    expect(again.findings.some((f) => f.id === visitId)).toBe(true)
    expect(again.checked).toEqual([])
  })
})
