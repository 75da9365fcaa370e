import { adultStayForm, dayVisitForm, recordSchema } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { adultCheckOut, adultStayInput, bareDayVisitInput } from '@ly/forms/testing'
import { insertRecord } from '../db/records'
import { releaseAttack } from '../suppression/release-attack'
import { createTestApp, signedInAdmin, signedInUser, type TestContext } from '../testing/test-app'
import type { ReportModel, ReportTable } from './model'
import { fullyHidden, equivalenceClasses } from './national/k-anonymity'
import { quasiIdentifiers } from './national/quasi-identifiers'
import { centreStatistics } from '../statistics/cache'
import type { Equation } from '../suppression/linear-attack'
import { buildReportWithDisclosure } from './build-model'
import { exportEquations } from './disclosure'
import { yearRelease, type YearRelease } from './release'

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
    for (const value of hiddenSexes)
      expect(
        stays.filter((s) => s.sex === value),
        value,
      ).toHaveLength(0)
    const clearSexes = sex.rows.filter((r) => r.kind === 'category' && r.cells[0]!.state === 'value')
    const n = sex.rows.find((r) => r.kind === 'n')!.cells[0]!.value!
    const hiddenTotal = n - clearSexes.reduce((s, r) => s + (r.cells[0]!.value ?? 0), 0)
    // What the lines print in the clear agrees with the table, and so gives nothing beyond it.
    for (const row of clearSexes) expect(stays.filter((s) => s.sex === row.key).length).toBeLessThanOrEqual(row.cells[0]!.value!)
    expect(hiddenTotal).toBeGreaterThanOrEqual(2)

    const ages = tables.find((t) => t.id === 'nat-ages')!
    for (const row of ages.rows.filter((r) => r.key.startsWith('1.') && r.kind === 'category' && r.cells[0]!.state === 'suppressed')) {
      expect(
        stays.filter((s) => s.age_group === row.key.slice(2)),
        row.key,
      ).toHaveLength(0)
    }
    // The 67-year-old man is not in the file as a 60+ (or as a man with his other answers).
    expect(stays.some((s) => s.age_group === '60_plus' || s.age_group === '50_plus')).toBe(false)
  })

  it('the record file is k-anonymous over its quasi-identifiers, k = threshold + 1', async () => {
    const { leader } = await setup()
    const { records } = (await (await leader.request('GET', '/api/national-export?year=2025&kind=records&format=json')).json()) as { records: Line[] }
    const qis = quasiIdentifiers(adultStayForm)
    for (const members of equivalenceClasses(
      records.filter((r) => r.form === 'adult_stay'),
      qis,
    ).values()) {
      if (!fullyHidden(members[0]!, qis, ':')) expect(members.length).toBeGreaterThanOrEqual(5)
    }
  })

  it('the attacker with the report, the aggregate file and the record file recovers no hidden cell', async () => {
    const { ctx } = await setup()
    const release = await yearRelease(ctx.db, ctx.centre.centreId, 2025)
    expect(release.report.hidden.size).toBeGreaterThan(0)
    expect(releaseAttack([...release.report.built, ...release.aggregateBuilt], release.report.hidden, release.records)).toEqual([])
    // The same attacker does find the cells the old files gave away: the files as they were (not hidden together).
    const leaky = {
      ...release.records,
      records: release.records.records.map((r) => (r.form === 'adult_stay' ? { ...r, sex: r.ref === release.records.records[11]?.ref ? 'male' : 'female' } : r)),
    }
    expect(releaseAttack([...release.report.built, ...release.aggregateBuilt], release.report.hidden, leaky).length).toBeGreaterThan(0)
  })
})

/**
 * The attacker of issue 21: all of the above, and the reports of the year's three tertials. From
 * the counting rules (decision 0026) they know that events and nights add up over the tertials
 * and that a month is the same number in the tertial's report and the year's; they try every one
 * of those sums against the printed numbers.
 */
function periodAttackerSums(release: YearRelease, units: Record<string, string>) {
  const eqs = exportEquations([...release.report.built, ...release.tertials.flatMap((t) => t.built)])
  const value = new Map(eqs.cells.map((c) => [c.id, c.value]))
  const sums: Equation[] = []
  for (const [fact, ids] of eqs.byFact) {
    const m = /^([^@]+)@(\d{4}):(.+)$/.exec(fact)
    if (!m) continue
    const [, id, year, part] = m as unknown as [string, string, string, string]
    const tertials = ['T1', 'T2', 'T3'].map((t) => eqs.byFact.get(`${id}@${year}-${t}:${part}`)?.[0])
    if (ADDITIVE.has(units[id] ?? '') && tertials.every((t) => t !== undefined)) sums.push({ parts: tertials, total: ids[0]! })
    const month = /^m:(\d+)$/.exec(part)
    const same = month && ADDITIVE.has(units[id] ?? '') ? eqs.byFact.get(`${id}@${year}-T${Math.ceil(Number(month[1]) / 4)}:${part}`)?.[0] : undefined
    if (same) sums.push({ parts: [same], total: ids[0]! })
  }
  // The rules are true of the counts, so the attacker's sums hold: else the attack would prove nothing.
  for (const eq of sums)
    expect(
      eq.parts.reduce((s, p) => s + value.get(p)!, 0),
      eq.total,
    ).toBe(value.get(eq.total))
  return sums
}

/** Counted where they happen (decision 0026): the twelve months' and the three tertials' add up to the year's. */
const ADDITIVE = new Set(['visits', 'conversations', 'calls', 'nights'])

describe('the year 2025 and its tertials, as one release (issue 21)', () => {
  it('gives the tertial’s report its period in the title, the captions and the files', async () => {
    const { leader } = await setup()
    const model = (await (await leader.request('GET', '/api/report?period=2025-T3&view=shareable')).json()) as ReportModel
    expect(model).toMatchObject({ year: 2025, tertial: 3, periodLabel: '3. tertial 2025' })
    const tables = model.sections.flatMap((s) => s.tables)
    expect(tables.find((t) => t.id === 'fig-04')?.caption).toMatch(/3\. tertial 2025$/)
    // A months table holds the tertial's four months, not the year's twelve.
    const months = tables.find((t) => t.rows.some((r) => r.key === 'm9'))!
    expect(months.rows.filter((r) => r.kind === 'category').map((r) => r.label)).toEqual(['September', 'Oktober', 'November', 'Desember'])
    const csv = await leader.request('GET', '/api/report/download?period=2025-T3&format=csv')
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="statistikk-testsenteret-2025-T3.csv"')
    const print = await (await leader.request('GET', '/api/report/print?period=2025-T3')).text()
    expect(print).toContain('tjenester 3. tertial 2025</h1>')
    // A report is made for a year or a tertial: not for any days (they could be differenced day by day).
    const refused = await leader.request('GET', '/api/report/download?period=2025-Q2&format=csv')
    expect(refused.status).toBe(422)
    expect(((await refused.json()) as { error: { issues: { path: string; message: string }[] } }).error.issues[0]).toMatchObject({ path: 'period' })
  })

  it('hides the small numbers of a tertial, and T1 + T2 + T3 against the year recovers none of them', async () => {
    const { ctx } = await setup()
    // Day visits without consent: 2 in the first tertial (a small number), 5 and 6 in the others, 13 in the year.
    const schema = recordSchema(dayVisitForm, { today: '2026-03-02' })
    const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
    for (const [date, count] of [
      ['2025-02-03', 2],
      ['2025-06-02', 5],
      ['2025-10-06', 6],
    ] as const) {
      for (let i = 0; i < count; i++) await insertRecord(ctx.db, dayVisitForm, ctx.centre.centreId, userId, schema.parse(bareDayVisitInput({ visit_date: date })), ctx.clock.now())
    }
    const release = await yearRelease(ctx.db, ctx.centre.centreId, 2025)
    const units = Object.fromEntries(Object.entries((await centreStatistics(ctx.db, ctx.centre.centreId, { year: 2025, offer: 'all' })).indicators).map(([id, i]) => [id, i.unit]))
    // The two men stayed in November and December: the third tertial's men are a small number, hidden.
    const t3 = release.tertials[2]!.model.sections.flatMap((s) => s.tables).find((t) => t.id === 'fig-04')!
    expect(t3.rows.find((r) => r.key === 'men')?.cells.at(-1)?.state).toBe('suppressed')
    const hidden = release.report.hidden
    expect([...hidden].some((id) => id.startsWith('t3:'))).toBe(true)
    const all = [...release.report.built, ...release.aggregateBuilt, ...release.tertials.flatMap((t) => t.built)]
    const sums = periodAttackerSums(release, units)
    expect(sums.length).toBeGreaterThan(0)
    expect(releaseAttack(all, hidden, release.records, sums)).toEqual([])

    // The same attacker against the reports suppressed each on its own, as before: cells come back.
    const alone = new Set<string>(
      (await buildReportWithDisclosure(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'shareable', alongside: release.aggregateBuilt })).hidden,
    )
    for (const [i, tertial] of ([1, 2, 3] as const).entries()) {
      for (const id of (await buildReportWithDisclosure(ctx.db, { centreId: ctx.centre.centreId, year: 2025, tertial, view: 'shareable' })).hidden) alone.add(`t${i + 1}:${id}`)
    }
    expect(releaseAttack(all, alone, null, sums).length).toBeGreaterThan(0)
  })
})
