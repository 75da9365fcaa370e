import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ReportModel } from './model'
import { renderCsv } from './render-csv'
import { renderHtml } from './render-html'
import { renderXlsx, sheetName } from './render-xlsx'
import { readWorkbook } from './testing/read-workbook'

/** A small model by hand: one counts table, one distribution with a hidden cell and a decimal. */
function model(): ReportModel {
  const base = { mark: ':', legend: 'Skjult for å hindre at enkeltpersoner kan kjennes igjen', notRegistered: 'ikke registrert', threshold: 4, changeNote: null }
  return {
    ...base,
    centre: { id: 'c1', name: 'Testsenteret' },
    year: 2026,
    tertial: null,
    periodLabel: '2026',
    view: 'shareable',
    sections: [
      {
        key: 'about',
        title: 'Statistikk om benyttelsen av krisesenterets tjenester',
        sentences: ['Første setning.'],
        comment: { text: 'Kommentar <b>med</b> tegn', version: 1, updatedAt: '2026-03-02T09:00:00.000Z', updatedBy: 'leder' },
        indicators: ['LY-01'],
        fields: [],
        tables: [
          {
            id: 'tab-a',
            figure: null,
            caption: 'Registreringer 2025–2026',
            unit: 'Registreringer',
            multi: false,
            showPercent: false,
            columns: [
              { key: '2025', label: '2025' },
              { key: '2026', label: '2026' },
            ],
            rows: [
              {
                key: 'total',
                label: 'I alt',
                kind: 'total',
                cells: [
                  { value: null, percent: null, state: 'not_registered' },
                  { value: 1234, percent: null, state: 'value' },
                ],
              },
              {
                key: 'mean',
                label: 'Snitt',
                kind: 'measure',
                cells: [
                  { value: null, percent: null, state: 'not_registered' },
                  { value: 27.45, percent: null, state: 'value' },
                ],
              },
            ],
            indicators: ['LY-01'],
            fields: [],
          },
        ],
      },
      {
        key: 'conversations',
        title: 'Samtaletilbudet',
        sentences: ['Andre setning.'],
        comment: null,
        indicators: ['D-15'],
        fields: ['day_visit.municipality_affiliation'],
        tables: [
          {
            id: 'fig-25',
            figure: 25,
            caption: 'Hvor dagbrukerne kommer fra 2026',
            unit: 'Andel av dagbrukerne',
            multi: false,
            showPercent: true,
            columns: [{ key: '2026', label: '2026' }],
            rows: [
              { key: 'host', label: 'Kommunen; der "senteret" er', kind: 'category', cells: [{ value: 15, percent: 83.33333, state: 'value' }] },
              { key: 'other', label: 'Andre kommuner', kind: 'category', cells: [{ value: null, percent: null, state: 'suppressed' }] },
              { key: 'n', label: 'N (har svart)', kind: 'n', cells: [{ value: 18, percent: null, state: 'value' }] },
            ],
            indicators: ['D-15'],
            fields: ['day_visit.municipality_affiliation'],
          },
        ],
      },
    ],
  }
}

describe('Excel workbook', () => {
  it('has one sheet per section and stores numbers as numbers', async () => {
    const wb = await readWorkbook(await renderXlsx(model()))
    expect(wb.worksheets.map((s) => s.name)).toEqual(model().sections.map((s, i) => sheetName(s, i)))
    const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.slice(1) : []))
    const first = values(wb.worksheets[0]!)
    expect(first).toContain(1234)
    expect(first).toContain(27.45)
    expect(first).toContain('ikke registrert')
    expect(first).toContain('Kommentar <b>med</b> tegn')
    const second = values(wb.worksheets[1]!)
    expect(second).toContain('Figur 25: Hvor dagbrukerne kommer fra 2026')
    expect(second).toContain(15)
    expect(second).toContain(83.3)
    expect(second).toContain(':')
    expect(second).not.toContain(3)
  })
})

describe('CSV', () => {
  it('with semicolons uses a decimal comma and quotes only what needs it', () => {
    const csv = renderCsv(model(), 'semicolon')
    expect(csv.startsWith('\ufeffseksjon;tabell;figur;')).toBe(true)
    const lines = csv.split('\r\n')
    expect(lines).toContain('Statistikk om benyttelsen av krisesenterets tjenester;tab-a;;Registreringer 2025–2026;Registreringer;;Snitt;measure;2026;27,4;;')
    expect(lines.some((l) => l.includes('"Kommunen; der ""senteret"" er";category;2026;15;83,3;'))).toBe(true)
    expect(lines.some((l) => l.endsWith('Andre kommuner;category;2026;:;;skjult'))).toBe(true)
    expect(lines.some((l) => l.endsWith(';ikke registrert'))).toBe(true)
  })

  it('with commas uses a decimal point', () => {
    const lines = renderCsv(model(), 'comma').split('\r\n')
    expect(lines.some((l) => l.includes('Kommunen; der ""senteret"" er",category,2026,15,83.3,'))).toBe(true)
    expect(lines.some((l) => l.includes(',Snitt,measure,2026,27.4,,'))).toBe(true)
  })
})

describe('print page', () => {
  it('is an A4 page with a running header, page numbers and one section per page, escaped', () => {
    const html = renderHtml(model())
    expect(html).toContain('size: A4')
    expect(html).toContain('@top-left { content: "Testsenteret – årsstatistikk 2026"')
    expect(html).toContain('counter(page)')
    expect(html).toContain('break-before: page')
    expect(html.indexOf('Statistikk om benyttelsen')).toBeLessThan(html.indexOf('Samtaletilbudet'))
    expect(html).toContain('<caption><span class="figure-number">Figur 25</span> Hvor dagbrukerne kommer fra 2026</caption>')
    expect(html).toContain('<th scope="col">2026</th>')
    expect(html).toContain('Kommentar &lt;b&gt;med&lt;/b&gt; tegn')
    expect(html).not.toContain('<script')
  })
})

describe('a finalised year whose figures a withdrawal changed (issue 18)', () => {
  it('prints the change note in the workbook (every sheet), the CSV and the print page', async () => {
    const note = 'Tallene for 2026 er endret etter at året ble ferdigstilt.'
    const changed = { ...model(), changeNote: note }
    const wb = await readWorkbook(await renderXlsx(changed))
    for (const sheet of wb.worksheets) expect(sheet.getRow(3).getCell(1).value).toBe(note)
    expect(renderCsv(changed, 'semicolon').trimEnd().split('\r\n').at(-1)).toBe(note)
    expect(renderHtml(changed)).toContain(`<p class="change-note" role="note">${note}</p>`)
    // Without a change, none of them says so.
    expect(renderCsv(model(), 'comma')).not.toContain('ferdigstilt')
    expect(renderHtml(model())).not.toContain('change-note"')
  })
})
