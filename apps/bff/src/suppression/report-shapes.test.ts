import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyHidden, exportEquations, hiddenCells } from '../report/disclosure'
import { cellKey, emptyDisclosure, type BuiltTable } from '../report/disclosure-types'
import type { ReportRow } from '../report/model'
import { recoverableCells, type Equation } from './linear-attack'

const T = 4

/** Repeated single-unknown subtraction: an attacker independent of the one suppress() uses. */
function subtraction(equations: readonly Equation[], hidden: ReadonlySet<string>): string[] {
  const known = new Set<string>()
  for (let changed = true; changed;) {
    changed = false
    for (const eq of equations) {
      const unknown = [...eq.parts, eq.total].filter((id) => hidden.has(id) && !known.has(id))
      if (unknown.length === 1) {
        known.add(unknown[0]!)
        changed = true
      }
    }
  }
  return [...known]
}

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }))
const years = (k: number) => Array.from({ length: k }, (_, i) => String(2020 + i))

/**
 * A distribution series as the report prints it (Figur 5, 9, 25 …): categories × years with
 * each year's N. Single choice: the categories add up to N; multiple choice: they do not.
 * The N facts are named after `source`, so two tables of the same population share them.
 */
function distributionSeries(id: string, source: string, multi: boolean, matrix: number[][], ns?: number[]): BuiltTable {
  const cols = years(matrix[0]!.length)
  const disclosure = emptyDisclosure()
  const rows: ReportRow[] = matrix.map((values, r) => ({
    key: `k${r}`,
    label: `k${r}`,
    kind: 'category' as const,
    cells: values.map((v, c) => {
      disclosure.facts.set(cellKey(`k${r}`, cols[c]!), `${id}@${cols[c]}:c:k${r}`)
      return { value: v, percent: null, state: 'value' as const }
    }),
  }))
  const nValues = cols.map((_, c) => ns?.[c] ?? (multi ? Math.max(...matrix.map((row) => row[c]!)) : matrix.reduce((s, row) => s + row[c]!, 0)))
  nValues.forEach((n, c) => disclosure.facts.set(cellKey('n', cols[c]!), `${source}@${cols[c]}:n`))
  rows.forEach((row, r) => row.cells.forEach((cell, c) => (cell.percent = nValues[c]! > 0 ? (matrix[r]![c]! / nValues[c]!) * 100 : null)))
  rows.push({ key: 'n', label: 'N', kind: 'n', cells: nValues.map((n) => ({ value: n, percent: null, state: 'value' as const })) })
  if (!multi) disclosure.sums.push({ parts: matrix.map((_, r) => `k${r}`), total: 'n' })
  return {
    table: { id, figure: null, caption: id, unit: '', multi, showPercent: true, columns: cols.map((k) => ({ key: k, label: k })), rows, indicators: [], fields: [] },
    disclosure,
  }
}

/** Figur 4's shape: groups that add up to subtotals that add up to a total, over the years. */
function nestedCounts(id: string, women: number[], men: number[], children: number[]): BuiltTable {
  const cols = years(women.length)
  const disclosure = emptyDisclosure()
  const adults = women.map((w, i) => w + men[i]!)
  const total = adults.map((a, i) => a + children[i]!)
  const series: [string, number[]][] = [
    ['women', women],
    ['men', men],
    ['adults', adults],
    ['children', children],
    ['total', total],
  ]
  const rows: ReportRow[] = series.map(([key, values]) => ({
    key,
    label: key,
    kind: key === 'adults' || key === 'total' ? 'total' : 'category',
    cells: values.map((v) => ({ value: v, percent: null, state: 'value' as const })),
  }))
  cols.forEach((c) => {
    disclosure.facts.set(cellKey('women', c), `R-01@${c}:c:female`)
    disclosure.facts.set(cellKey('children', c), `R-02@${c}:value`)
  })
  disclosure.sums.push({ parts: ['women', 'men'], total: 'adults' }, { parts: ['adults', 'children'], total: 'total' })
  return {
    table: { id, figure: 4, caption: id, unit: '', multi: false, showPercent: false, columns: cols.map((k) => ({ key: k, label: k })), rows, indicators: [], fields: [] },
    disclosure,
  }
}

/** Figur 21's shape: a group's nights, hidden whenever the group's size (in Figur 4) is. */
function dependentNights(id: string, women: number[], nights: number[]): BuiltTable {
  const cols = years(nights.length)
  const disclosure = emptyDisclosure()
  cols.forEach((c, i) => disclosure.dependsOn.set(cellKey('women', c), { fact: `R-01@${c}:c:female`, value: women[i]! }))
  const rows: ReportRow[] = [{ key: 'women', label: 'women', kind: 'category', cells: nights.map((v) => ({ value: v, percent: null, state: 'value' as const })) }]
  return {
    table: { id, figure: 21, caption: id, unit: '', multi: false, showPercent: false, columns: cols.map((k) => ({ key: k, label: k })), rows, indicators: [], fields: [] },
    disclosure,
  }
}

const matrix = (rows: number, cols: number) => fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })
const shape = fc.record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) })

function assertSafe(built: BuiltTable[]) {
  const eqs = exportEquations(built)
  const hidden = hiddenCells(eqs, T)
  for (const c of eqs.cells) if (c.value >= 1 && c.value <= T) expect(hidden.has(c.id), c.id).toBe(true)
  expect(recoverableCells(eqs.equations, hidden)).toEqual([])
  expect(subtraction(eqs.equations, hidden)).toEqual([])
  for (const d of eqs.dependents) {
    const groupHidden = (eqs.byFact.get(d.fact) ?? []).some((id) => hidden.has(id)) || (d.value !== null && d.value >= 1 && d.value <= T)
    if (groupHidden) expect(hidden.has(d.id), d.id).toBe(true)
  }
  // No percentage is left beside a hidden count or of a hidden N.
  for (const t of applyHidden(built, eqs, hidden, T)) {
    const nRow = t.rows.find((r) => r.kind === 'n')
    for (const row of t.rows) {
      row.cells.forEach((cell, c) => {
        if (cell.percent !== null) expect(cell.state === 'value' && nRow?.cells[c]?.state === 'value', `${t.id}/${row.key}/${c}`).toBe(true)
      })
    }
  }
}

describe('suppression of report-shaped tables (the whole export at once)', () => {
  it('property: distribution series over years, single and multiple choice', () => {
    fc.assert(
      fc.property(
        shape.chain(({ rows, cols }) => fc.tuple(matrix(rows, cols), fc.boolean())),
        ([m, multi]) => assertSafe([distributionSeries('a', 'src', multi, m)]),
      ),
      { numRuns: 300 },
    )
  })

  it('property: two questions answered by the same people share their N across tables', () => {
    const pair = fc.integer({ min: 1, max: 4 }).chain((cols) =>
      fc.tuple(
        matrix(3, cols),
        fc.integer({ min: 1, max: 4 }).chain((rows) => matrix(rows, cols)),
      ),
    )
    fc.assert(
      fc.property(pair, ([a, b]) => {
        // Rescale b so that its columns add up to a's N: the same population, another question.
        const ns = a[0]!.map((_, c) => a.reduce((s, row) => s + row[c]!, 0))
        const scaled = b.map((row) => [...row])
        ns.forEach((n, c) => {
          const sum = b.reduce((s, row) => s + row[c]!, 0) || 1
          scaled.forEach((row) => (row[c] = Math.floor((row[c]! / sum) * n)))
          scaled[0]![c]! += n - scaled.reduce((s, row) => s + row[c]!, 0)
        })
        assertSafe([distributionSeries('a', 'persons', false, a), distributionSeries('b', 'persons', false, scaled, ns)])
      }),
      { numRuns: 200 },
    )
  })

  it('property: nested totals linked to other tables, and counts that depend on a group size', () => {
    const series = (k: number) => fc.array(count, { minLength: k, maxLength: k })
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((k) => fc.tuple(series(k), series(k), series(k), series(k), matrix(2, k))),
        ([women, men, children, nights, dist]) => {
          // A second table printing the women's count again (a one-row table of the same fact).
          const again = distributionSeries('again', 'other', true, [women], women)
          again.disclosure.facts.clear()
          years(women.length).forEach((c) => again.disclosure.facts.set(cellKey('k0', c), `R-01@${c}:c:female`))
          assertSafe([nestedCounts('fig4', women, men, children), dependentNights('fig21', women, nights), again, distributionSeries('d', 'adults', false, dist)])
        },
      ),
      { numRuns: 200 },
    )
  })
})
