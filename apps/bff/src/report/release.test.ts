import { adultStayForm, recordSchema } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { adultCheckOut, adultStayInput } from '@ly/forms/testing'
import { insertRecord } from '../db/records'
import { releaseAttack } from '../suppression/release-attack'
import { createTestApp, signedInAdmin, signedInUser, type TestContext } from '../testing/test-app'
import type { ReportTable } from './model'
import { fullyHidden, equivalenceClasses } from './national/k-anonymity'
import { quasiIdentifiers } from './national/quasi-identifiers'
import { yearRelease } from './release'

type Line = Record<string, string | number | boolean | string[] | null>

/** Issue 18's centre: 12 adult stays in 2025, 10 women and 2 men, one of the men aged 67 (invented). */
async function twelveStays(ctx: TestContext) {
  const schema = recordSchema(adultStayForm, { today: '2026-03-02' })
  const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
  for (let i = 0; i < 12; i++) {
    const month = String((i % 12) + 1).padStart(2, '0')
    const input = {
      ...adultStayInput({ stay_start_date: `2025-${month}-01`, sex: i < 10 ? 'female' : 'male', age: i === 11 ? 67 : 31 + (i % 8) }),
      ...adultCheckOut(`2025-${month}-11`),
    }
    await insertRecord(ctx.db, adultStayForm, ctx.centre.centreId, userId, schema.parse(input), ctx.clock.now())
  }
}

async function setup() {
  const ctx = await createTestApp()
  await twelveStays(ctx)
  const admin = await signedInAdmin(ctx)
  return { ctx, leader: await signedInUser(ctx, admin, 'leder1', 'leader') }
}

describe('the year 2025 of a 12-stay centre, as one release', () => {
  it('counting the record file gives back no cell the aggregate file hides (issue 18)', async () => {
    const { leader } = await setup()
    const { tables } = (await (await leader.request('GET', '/api/national-export?year=2025&kind=aggregate&format=json')).json()) as { tables: ReportTable[] }
    const { records, k } = (await (await leader.request('GET', '/api/national-export?year=2025&kind=records&format=json')).json()) as { records: Line[]; k: number }
    expect(k).toBe(5)
    const stays = records.filter((r) => r.form === 'adult_stay')
    expect(stays).toHaveLength(12) // every stay is kept; values are hidden, not records

    const sex = tables.find((t) => t.id === 'nat-adult_stay-sex')!
    const hiddenSexes = sex.rows.filter((r) => r.kind === 'category' && r.cells[0]!.state === 'suppressed').map((r) => r.key)
    expect(hiddenSexes).toContain('male')
    // Each hidden answer appears in no line, so lines cannot be counted to find it, nor the others by difference.
    for (const value of hiddenSexes) expect(stays.filter((s) => s.sex === value), value).toHaveLength(0)
    const clearSexes = sex.rows.filter((r) => r.kind === 'category' && r.cells[0]!.state === 'value')
    const n = sex.rows.find((r) => r.kind === 'n')!.cells[0]!.value!
    const hiddenTotal = n - clearSexes.reduce((s, r) => s + (r.cells[0]!.value ?? 0), 0)
    // What the lines print in the clear agrees with the table, and so gives nothing beyond it.
    for (const row of clearSexes) expect(stays.filter((s) => s.sex === row.key).length).toBeLessThanOrEqual(row.cells[0]!.value!)
    expect(hiddenTotal).toBeGreaterThanOrEqual(2)

    const ages = tables.find((t) => t.id === 'nat-ages')!
    for (const row of ages.rows.filter((r) => r.key.startsWith('1.') && r.kind === 'category' && r.cells[0]!.state === 'suppressed')) {
      expect(stays.filter((s) => s.age_group === row.key.slice(2)), row.key).toHaveLength(0)
    }
    // The 67-year-old man is not in the file as a 60+ (or as a man with his other answers).
    expect(stays.some((s) => s.age_group === '60_plus' || s.age_group === '50_plus')).toBe(false)
  })

  it('the record file is k-anonymous over its quasi-identifiers, k = threshold + 1', async () => {
    const { leader } = await setup()
    const { records } = (await (await leader.request('GET', '/api/national-export?year=2025&kind=records&format=json')).json()) as { records: Line[] }
    const qis = quasiIdentifiers(adultStayForm)
    for (const members of equivalenceClasses(records.filter((r) => r.form === 'adult_stay'), qis).values()) {
      if (!fullyHidden(members[0]!, qis, ':')) expect(members.length).toBeGreaterThanOrEqual(5)
    }
  })

  it('the attacker with the report, the aggregate file and the record file recovers no hidden cell', async () => {
    const { ctx } = await setup()
    const release = await yearRelease(ctx.db, ctx.centre.centreId, 2025)
    expect(release.report.hidden.size).toBeGreaterThan(0)
    expect(releaseAttack([...release.report.built, ...release.aggregateBuilt], release.report.hidden, release.records)).toEqual([])
    // The same attacker does find the cells the old files gave away: the files as they were (not hidden together).
    const leaky = { ...release.records, records: release.records.records.map((r) => (r.form === 'adult_stay' ? { ...r, sex: r.ref === release.records.records[11]?.ref ? 'male' : 'female' } : r)) }
    expect(releaseAttack([...release.report.built, ...release.aggregateBuilt], release.report.hidden, leaky).length).toBeGreaterThan(0)
  })
})
