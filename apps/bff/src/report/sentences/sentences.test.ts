import { describe, expect, it } from 'vitest'
import type { CellState, ReportTable } from '../model'
import { sectionSentences } from '.'
import { change } from './lookup'

const cell = (value: number | null, state: CellState = 'value', percent: number | null = null) => ({ value, percent, state })

function fig4(prev: number | null, curr: number | null, state: CellState = 'value'): ReportTable {
  const row = (key: string, a: number | null, b: number | null, s: CellState = 'value') => ({ key, label: key, kind: 'category' as const, cells: [cell(a), cell(b, s)] })
  return {
    id: 'fig-04',
    figure: 4,
    caption: '',
    unit: '',
    multi: false,
    showPercent: false,
    columns: [
      { key: '2025', label: '2025' },
      { key: '2026', label: '2026' },
    ],
    rows: [row('women', 60, 70), row('men', 2, 3), row('adults', 62, 73), row('children', 36, 49), { ...row('total', prev, curr, state), kind: 'total' }],
    indicators: [],
    fields: [],
  }
}

describe('generated sentences', () => {
  it('state the year’s number and the change from the previous year', () => {
    expect(sectionSentences('residential', [fig4(98, 122)], 2026).slice(0, 3)).toEqual([
      'I 2026 bodde 122 personer på krisesenteret: 73 voksne og 49 barn.',
      'Det er 24 flere personer enn i 2025 (98), en økning på 24\u00a0%.',
      'Av de voksne var 70 kvinner og 3 menn.',
    ])
  })

  it('say so when the number is hidden, and never compare with a hidden number', () => {
    const sentences = sectionSentences('residential', [fig4(98, null, 'suppressed')], 2026)
    expect(sentences[0]).toBe('Antallet som bodde på krisesenteret i 2026 er skjult for å hindre at enkeltpersoner kan kjennes igjen.')
    expect(sentences.join(' ')).not.toMatch(/flere|færre/)
  })

  it('say "ikke registrert" rather than zero for a year without registrations', () => {
    expect(sectionSentences('residential', [fig4(null, null, 'not_registered')], 2026)[0]).toBe('Antallet som bodde på krisesenteret er ikke registrert i Ly for 2026.')
  })

  it('say there is nothing to compare with when the year before has no registrations, never a change from zero', () => {
    const sentences = sectionSentences(
      'residential',
      [fig4(null, 122, 'value')].map((t) => ({
        ...t,
        rows: t.rows.map((r) => ({ ...r, cells: [{ value: null, percent: null, state: 'not_registered' as const }, r.cells[1]!] })),
      })),
      2026,
    )
    expect(sentences[1]).toBe('Ingen registreringer i 2025 å sammenligne med.')
    const firstYearOnly = fig4(null, 122)
    const oneColumn = { ...firstYearOnly, columns: [firstYearOnly.columns[1]!], rows: firstYearOnly.rows.map((r) => ({ ...r, cells: [r.cells[1]!] })) }
    expect(sectionSentences('residential', [oneColumn], 2026)[1]).toBe('Ingen registreringer i 2025 å sammenligne med.')
  })

  it('phrase decreases and no change', () => {
    expect(change(90, 100, 2026, 'barn')).toBe('Det er 10 færre barn enn i 2025 (100), en nedgang på 10\u00a0%.')
    expect(change(5, 5, 2026, 'barn')).toBe('Det er like mange barn som i 2025.')
    expect(change(5, 0, 2026, 'barn')).toBe('Det er 5 flere barn enn i 2025 (0).')
    expect(change(null, 5, 2026, 'barn')).toBeNull()
  })

  it('give the crisis calls’ share of the incoming calls (T-01b), not the on-behalf-of-self row', () => {
    const row = (key: string, value: number, percent: number | null = null) => ({ key, label: key, kind: 'category' as const, cells: [cell(value, 'value', percent)] })
    const base = { figure: null, caption: '', unit: '', multi: false, columns: [{ key: '2026', label: '2026' }], indicators: [], fields: [] }
    const volume: ReportTable = { ...base, id: 'tab-phone-volume', showPercent: false, rows: [row('calls', 911), row('crisis', 164)] }
    const details: ReportTable = { ...base, id: 'tab-phone-details', showPercent: true, rows: [row('1.yes', 40, 50), row('1.no', 40, 50)] }
    const sentences = sectionSentences('phone', [volume, details], 2026)
    expect(sentences).toContain('18\u00a0% av de innkomne samtalene (164 av 911) var krisetelefoner.')
    expect(sentences.join(' ')).not.toMatch(/50\u00a0%/)
  })

  it('name the largest category with its share, labels in sentence case', () => {
    const t: ReportTable = {
      id: 'fig-27',
      figure: 27,
      caption: '',
      unit: '',
      multi: true,
      showPercent: true,
      columns: [{ key: '2026', label: '2026' }],
      rows: [
        { key: 'physical', label: 'Fysisk vold', kind: 'category', cells: [cell(12, 'value', 60)] },
        { key: 'psychological', label: 'Psykisk vold', kind: 'category', cells: [cell(18, 'value', 90)] },
        { key: 'n', label: 'N', kind: 'n', cells: [cell(20)] },
      ],
      indicators: [],
      fields: [],
    }
    expect(sectionSentences('conversations', [t], 2026)).toContain('Den vanligste årsaken til henvendelsen var psykisk vold (90\u00a0%).')
  })
})
