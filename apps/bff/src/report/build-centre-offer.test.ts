import { centreYearForm, recordSchema, type RecordValues } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { centreYearInput } from '@ly/forms/testing'
import { insertRecord } from '../db/records'
import { createTestApp, type TestContext } from '../testing/test-app'
import { buildReport } from './build-model'
import type { CentreOfferFacts, ReportModel } from './model'
import { renderCsv } from './render-csv'
import { renderHtml } from './render-html'

const parse = (values: object) => recordSchema(centreYearForm, { today: '2026-03-02' }).parse(values) as RecordValues

async function withForms(...forms: object[]): Promise<TestContext> {
  const ctx = await createTestApp()
  for (const values of forms) {
    await ctx.db.transaction().execute((trx) => insertRecord(trx, centreYearForm, ctx.centre.centreId, null, parse(values), ctx.clock.now()))
  }
  return ctx
}

const offerSection = (model: ReportModel) => model.sections.find((s) => s.key === 'centre_offer')!
const facts = (model: ReportModel): CentreOfferFacts => offerSection(model).centreOffer!
/** The row of a question's option (or the question itself), as [answer, national] per offer. */
function row(model: ReportModel, field: string, key: string) {
  const group = facts(model)
    .parts.flatMap((p) => p.groups)
    .find((g) => g.field === `centre_year.${field}`)!
  return group.rows.find((r) => r.key === key)!.cells.map((c) => [c.answer, c.national])
}

describe('the report section "Tilbudet ved senteret"', () => {
  it("shows the year's answers per offer beside S4's count of centres, with the national year", async () => {
    const ctx = await withForms(centreYearInput({ residents_offers: ['intake_conversation', 'help_contacting_services'] }))
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'internal' })
    const section = offerSection(model)
    expect(section.title).toBe('Tilbudet ved senteret')
    expect(facts(model)).toMatchObject({
      year: 2025,
      nationalYear: 2024,
      offers: [
        { key: 'women', answered: true },
        { key: 'men', answered: false },
      ],
    })
    expect(facts(model).parts.map((p) => p.part)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10', '6.11', '6.12', '6.13', '6.14'])
    expect(row(model, 'residents_offers', 'intake_conversation')).toEqual([
      ['Ja', '43 av 43'],
      ['ikke fylt ut', '42 av 42'],
    ])
    expect(row(model, 'residents_offers', 'practical_help')).toEqual([
      ['Nei', '43 av 43'],
      ['ikke fylt ut', '40–41 av 42'],
    ])
    expect(row(model, 'residents_offers', 'childcare')).toEqual([
      ['Nei', null],
      ['ikke fylt ut', null],
    ])
    expect(row(model, 'police_assessed_buildings_security', 'police_assessed_buildings_security')).toEqual([
      ['Ja', '30 av 43'],
      ['ikke fylt ut', '22 av 42'],
    ])
    expect(row(model, 'fixed_beds', 'fixed_beds')).toEqual([
      ['8 plasser', null],
      ['ikke fylt ut', null],
    ])
    expect(row(model, 'relatives_offers', 'any')).toEqual([
      ['Ja', '38 av 43'],
      ['ikke fylt ut', '36 av 42'],
    ])
    expect(section.indicators).toEqual(expect.arrayContaining(['K-10-women', 'K-10-men', 'K-18-women', 'K-21']))
    expect(section.fields).toContain('centre_year.residents_offers')
    expect(section.fields).not.toContain('centre_year.residents_offers_other_text')
    expect(section.sentences).toContain('Svarene gjelder senteret, ikke personer. Regelen om å skjule små tall gjelder derfor ikke i denne delen.')
    expect(section.sentences.find((s) => s.startsWith('Alle sentre med tilbud til kvinner hadde i 2024'))).toMatch(
      /systematisk kartlegging av hjelpebehov.*; det hadde ikke senteret i 2025\.$/,
    )
  })

  it('is the same in the shareable view: facts about the centre are not suppressed', async () => {
    const ctx = await withForms(centreYearInput({ offer: 'men', fixed_beds: 2, special_competence: [], child_responsible_staff: null }))
    const internal = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'internal' })
    const shareable = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'shareable' })
    expect(facts(shareable)).toEqual(facts(internal))
    expect(row(shareable, 'fixed_beds', 'fixed_beds')[1]).toEqual(['2 plasser', null])
    // Asked only of the women's offer.
    expect(row(shareable, 'child_responsible_staff', 'child_responsible_staff')[1]![0]).toBe('spørres ikke')
  })

  it('reads an old year in its own wording and options', async () => {
    const ctx = await withForms({ offer: 'women', report_year: 2020, residents_offers: ['threat_assessment', 'responsibility_group'] })
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2020, view: 'internal' })
    const group = facts(model)
      .parts.flatMap((p) => p.groups)
      .find((g) => g.field === 'centre_year.residents_offers')!
    expect(group.rows.find((r) => r.key === 'responsibility_group')).toMatchObject({
      label: 'Deltakelse i ansvarsgrupper rundt beboeren',
      cells: [{ answer: 'Ja' }, { answer: 'ikke fylt ut' }],
    })
    expect(group.rows.find((r) => r.key === 'help_contacting_services')!.label).toBe('Hjelp til å ta kontakt med andre tjenester')
    expect(group.rows.find((r) => r.key === 'threat_assessment')!.cells[0]!.answer).toBe('Ja')
    expect(group.rows.map((r) => r.key)).not.toContain('threat_assessment_by_centre')
  })

  it('says when the year has no form, and prints the section in the HTML and CSV outputs', async () => {
    const ctx = await withForms()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2026, view: 'shareable' })
    expect(offerSection(model).sentences[0]).toBe('Årsskjemaet for 2026 er ikke fylt ut ennå. En leder fyller det ut under Årsskjema.')
    const html = renderHtml(model)
    expect(html).toContain('<caption>6.2 Tilbud til beboere</caption>')
    expect(html).toContain('<th scope="col">Landet 2024</th>')
    const csv = renderCsv(model, 'semicolon')
    expect(csv).toContain('Tilbudet ved senteret;arsskjema-residents_offers;;6.2 Tilbud til beboere;')
    expect(csv).toContain(';Inntakssamtaler;svar;Tilbud til kvinner (ikke fylt ut): landet 2024;43;;43 av 43')
  })
})
