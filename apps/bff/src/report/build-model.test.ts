import { adultStayForm, dayVisitForm, findField, optionLabel } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { recoverableCells } from '../suppression/linear-attack'
import { createTestApp, type TestContext } from '../testing/test-app'
import { buildReport, buildReportWithDisclosure, specSources } from './build-model'
import { loadReportData } from './data'
import type { ReportModel, ReportTable } from './model'
import { reportSections } from './spec'
import { seedReportYears } from './testing/seed'

let shared: Promise<TestContext> | undefined
const seeded = () => (shared ??= createTestApp().then(async (ctx) => (await seedReportYears(ctx), ctx)))

const table = (model: ReportModel, id: string): ReportTable => {
  const t = model.sections.flatMap((s) => s.tables).find((x) => x.id === id)
  if (!t) throw new Error(`no table ${id}`)
  return t
}
const cell = (t: ReportTable, row: string, col: string) => t.rows.find((r) => r.key === row)!.cells[t.columns.findIndex((c) => c.key === col)]!

describe('the report model', () => {
  it('has S1’s sections in order, then the centre’s offer, and every figure 1–31', async () => {
    const ctx = await seeded()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2026, view: 'internal' })
    expect(model.sections.map((s) => s.key)).toEqual(['about', 'phone', 'residential', 'adults', 'children', 'nights', 'conversations', 'capacity', 'centre_offer'])
    const figures = model.sections.flatMap((s) => s.tables.map((t) => t.figure)).filter((f) => f !== null)
    expect(figures).toEqual(Array.from({ length: 31 }, (_, i) => i + 1))
    for (const section of model.sections) {
      expect(section.sentences.length).toBeGreaterThan(0)
      expect(section.indicators.length).toBeGreaterThan(0)
    }
  })

  it('shows exact numbers internally, with labels from the form definitions', async () => {
    const ctx = await seeded()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2026, view: 'internal' })
    const volume = table(model, 'tab-conv-volume')
    // 2026: 20 first visits + 1 repeat with consent, 2 without.
    expect(cell(volume, 'visits', '2026')).toEqual({ value: 23, percent: null, state: 'value' })
    expect(cell(volume, 'consent_no', '2026').value).toBe(2)
    expect(cell(volume, 'visits', '2025').value).toBe(15)
    const fig25 = table(model, 'fig-25')
    const field = findField(dayVisitForm, 'municipality_affiliation')!
    expect(fig25.rows.find((r) => r.key === 'host_municipality')!.label).toBe(optionLabel(field, 'host_municipality'))
    expect(cell(fig25, 'other_municipality', '2026')).toMatchObject({ value: 4, percent: 20 })
    expect(fig25.fields).toEqual(['day_visit.municipality_affiliation'])
    expect(fig25.indicators).toEqual(['D-15'])
  })

  it('marks years before a form was registered in Ly as "ikke registrert", not zero', async () => {
    const ctx = await seeded()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2026, view: 'internal' })
    const fig4 = table(model, 'fig-04')
    expect(fig4.columns.map((c) => c.key)).toEqual(['2025', '2026'])
    // Stays were first registered in 2026; day visits already in 2025.
    expect(cell(fig4, 'women', '2025').state).toBe('not_registered')
    expect(cell(fig4, 'women', '2026')).toMatchObject({ state: 'value', value: 7 })
    expect(cell(table(model, 'fig-03'), 'total', 'all').state).toBe('not_registered')
    const withoutField = findField(adultStayForm, 'violence_types')!
    expect(table(model, 'fig-08').rows[0]!.label).toBe(optionLabel(withoutField, table(model, 'fig-08').rows[0]!.key))
  })

  it('writes sentences from the numbers, with the change from the previous year', async () => {
    const ctx = await seeded()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2026, view: 'internal' })
    const conv = model.sections.find((s) => s.key === 'conversations')!
    expect(conv.sentences).toContain('Det er 8 flere dagsamtaler enn i 2025 (15), en økning på 53\u00a0%.')
    const residential = model.sections.find((s) => s.key === 'residential')!
    expect(residential.sentences[0]).toBe('I 2026 bodde 8 personer på krisesenteret: 7 voksne og 1 barn.')
  })

  it('in the shareable view hides every count from 1 to the threshold and what would give it away', async () => {
    const ctx = await seeded()
    const { model, equations, hidden } = await buildReportWithDisclosure(ctx.db, { centreId: ctx.centre.centreId, year: 2026, view: 'shareable' })
    for (const t of model.sections.flatMap((s) => s.tables)) {
      for (const row of t.rows) {
        for (const c of row.cells) {
          if (row.kind !== 'measure' && c.state === 'value' && c.value !== null) expect(c.value === 0 || c.value > 4, `${t.id}/${row.key}`).toBe(true)
          if (c.state === 'suppressed') expect(c).toEqual({ value: null, percent: null, state: 'suppressed' })
        }
      }
    }
    expect(hidden.size).toBeGreaterThan(0)
    expect(recoverableCells(equations.equations, hidden)).toEqual([])
    // One child: hidden in Figur 4, and so are the children's nights and the total that would reveal it.
    expect(cell(table(model, 'fig-04'), 'children', '2026').state).toBe('suppressed')
    expect(cell(table(model, 'fig-21'), 'children', '2026').state).toBe('suppressed')
    expect(model.sections.find((s) => s.key === 'children')!.sentences[0]).toMatch(/skjult/)
  })

  it('blanks the percentages of a column whose N is hidden', async () => {
    const ctx = await seeded()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2026, view: 'shareable', threshold: 20 })
    const fig25 = table(model, 'fig-25')
    expect(cell(fig25, 'n', '2026').state).toBe('suppressed')
    for (const row of fig25.rows) expect(cell(fig25, row.key, '2026').percent).toBeNull()
  })

  it('reads only indicators the statistics engine computes', async () => {
    const ctx = await seeded()
    const specs = reportSections.flatMap((s) => s.tables)
    const data = await loadReportData(ctx.db, ctx.centre.centreId, 2026, specs)
    const asked = [...new Set(specs.flatMap(specSources).map((source) => source.indicator))]
    // A table reading an id the engine does not compute would print «ikke registrert» for a
    // year that has records: a wrong figure, not a missing one.
    expect(asked.length).toBeGreaterThan(40)
    expect(asked.filter((id) => !data.indicators.get(2026)?.[id])).toEqual([])
  })
})
