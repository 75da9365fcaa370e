import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recoverableCells, type Equation } from './linear-attack'
import { suppress } from './suppress'
import { cellId, crossTable, distributionTable, mergeTables, sameNumber, type TableCells } from './tables'

const T = 4

/** An attacker independent of the one suppress() uses: repeated single-unknown subtraction. */
function subtractionAttack(equations: readonly Equation[], hidden: ReadonlySet<string>): Set<string> {
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
  return known
}

function assertSafe(t: TableCells) {
  const { hidden, primary } = suppress({ ...t, threshold: T })
  for (const c of t.cells) {
    if (c.value >= 1 && c.value <= T) expect(primary.has(c.id) && hidden.has(c.id), c.id).toBe(true)
  }
  expect(recoverableCells(t.equations, hidden)).toEqual([])
  expect([...subtractionAttack(t.equations, hidden)]).toEqual([])
  return hidden
}

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }))
const keys = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`)

const crossTableArb = (name: string) =>
  fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([r, c]) =>
      fc
        .array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
        .map((m) => crossTable(name, keys(r, 'r'), keys(c, 'c'), (row, col) => m[Number(row.slice(1))]![Number(col.slice(1))]!)),
    )

describe('suppression of small numbers', () => {
  it('hides 1–4, keeps 0 and larger counts when nothing can be worked out', () => {
    const t = distributionTable('t', { a: 3, b: 0, c: 12 }, 15, false)
    const { hidden } = suppress({ ...t, threshold: T })
    expect([...hidden]).toEqual([cellId('t', 'a', 'count')])
  })

  it('hides a second cell when a total would give the first away', () => {
    const t = distributionTable('t', { a: 3, b: 10, c: 20 }, 33, true)
    const { hidden } = suppress({ ...t, threshold: T })
    expect([...hidden].sort()).toEqual([cellId('t', 'a', 'count'), cellId('t', 'b', 'count')].sort())
  })

  it('property: within one cross table no hidden cell can be recovered', () => {
    fc.assert(
      fc.property(crossTableArb('x'), (t) => void assertSafe(t)),
      { numRuns: 300 },
    )
  })

  it('property: across the tables of one export, linked by shared totals, none can be recovered', () => {
    fc.assert(
      fc.property(crossTableArb('a'), crossTableArb('b'), fc.boolean(), (a, b, linkGrand) => {
        // Table b breaks down the same population as a: their grand totals are one number.
        const bGrand = b.cells.find((c) => c.id === cellId('b', 'total', 'total'))!
        const aGrand = a.cells.find((c) => c.id === cellId('a', 'total', 'total'))!
        const links = linkGrand && bGrand.value === aGrand.value ? [sameNumber(aGrand.id, bGrand.id)] : []
        const all = mergeTables(a, b)
        assertSafe({ cells: all.cells, equations: [...all.equations, ...links] })
      }),
      { numRuns: 200 },
    )
  })

  it('property: series of distributions sharing their N across tables stay safe', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 2, maxLength: 6 }), fc.array(count, { minLength: 2, maxLength: 6 }), (xs, ys) => {
        const n = xs.reduce((s, v) => s + v, 0)
        const a = distributionTable('a', Object.fromEntries(xs.map((v, i) => [`k${i}`, v])), n, true)
        // A second single-choice question answered by the same people: same N.
        const scale = ys.reduce((s, v) => s + v, 0) || 1
        const raw = ys.map((v) => Math.floor((v / scale) * n))
        raw[0]! += n - raw.reduce((s, v) => s + v, 0)
        const b = distributionTable('b', Object.fromEntries(raw.map((v, i) => [`k${i}`, v])), n, true)
        const all = mergeTables(a, b)
        assertSafe({ cells: all.cells, equations: [...all.equations, sameNumber(cellId('a', 'total', 'count'), cellId('b', 'total', 'count'))] })
      }),
      { numRuns: 300 },
    )
  })
})
