import { describe, expect, it } from 'vitest'
import { createTestApp } from '../testing/test-app'
import { checkYear } from './check'
import { RULE_KEYS } from './rules'
import { QUALITY_FIXTURE_TODAY, QUALITY_FIXTURE_YEAR, seedQualityFixture } from './testing'

describe('the quality check (Kvalitetskontroll)', () => {
  it('finds each kind of problem in the fixture built to hold one of each, on exactly the records that have it', async () => {
    const ctx = await createTestApp()
    const fixture = await seedQualityFixture(ctx.db, ctx.centre.centreId, ctx.clock.now())
    const report = await checkYear(ctx.db, ctx.centre.centreId, QUALITY_FIXTURE_YEAR, QUALITY_FIXTURE_TODAY)

    expect(report.rules.map((r) => r.key)).toEqual([...RULE_KEYS])
    for (const rule of RULE_KEYS) {
      const found = report.findings.filter((f) => f.rule === rule).map((f) => f.id)
      expect(found.sort(), rule).toEqual([...fixture.expected[rule]].sort())
      expect(report.rules.find((r) => r.key === rule)?.count, rule).toBe(found.length)
    }
    for (const id of fixture.clean)
      expect(
        report.findings.filter((f) => f.id === id),
        id,
      ).toEqual([])
  })

  it('says which answer or date is wrong, in Norwegian, and never names a case code', async () => {
    const ctx = await createTestApp()
    await seedQualityFixture(ctx.db, ctx.centre.centreId, ctx.clock.now())
    const { findings } = await checkYear(ctx.db, ctx.centre.centreId, QUALITY_FIXTURE_YEAR, QUALITY_FIXTURE_TODAY)
    const detail = (rule: string) => findings.find((f) => f.rule === rule)?.detail
    expect(detail('missing_answers')).toContain('Anmelde forholdet')
    expect(detail('future_date')).toBe('Utflyttingsdato: 01.06.2026.')
    expect(detail('value_not_allowed')).toMatch(/^Hvor fant besøket sted\?: /)
    expect(detail('long_open_stay')).toContain('01.11.2024')
    expect(detail('child_outside_adult')).toContain('01.03.2025–20.03.2025')
    expect(findings.find((f) => f.rule === 'child_outside_adult')?.parentId).toEqual(expect.any(String))
    for (const f of findings) {
      expect(f.detail).not.toMatch(/QK8MW|QK9TR|QK7PX/)
      expect(f.detail, 'one full stop, not after a question mark').toMatch(/[^?.][.?!]$|[^.]\?$/)
    }
  })

  it('finds nothing in a year without problems, nor in another centre', async () => {
    const ctx = await createTestApp()
    await seedQualityFixture(ctx.db, ctx.centre.centreId, ctx.clock.now())
    const other = await checkYear(ctx.db, 'another-centre', QUALITY_FIXTURE_YEAR, QUALITY_FIXTURE_TODAY)
    expect(other.findings).toEqual([])
    expect(other.rules.every((r) => r.count === 0)).toBe(true)
    const earlier = await checkYear(ctx.db, ctx.centre.centreId, 2023, QUALITY_FIXTURE_TODAY)
    expect(earlier.findings).toEqual([])
  })
})
