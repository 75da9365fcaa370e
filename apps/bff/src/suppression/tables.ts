import type { Equation } from './linear-attack'
import type { Cell } from './suppress'

/**
 * Cells and equations of the table shapes an export prints. Ids are `<table>/<row>/<col>`;
 * totals use the row or column key `total`.
 */
export interface TableCells {
  cells: Cell[]
  equations: Equation[]
}

export const cellId = (table: string, row: string, col: string) => `${table}/${row}/${col}`

/**
 * A rows × columns table of counts with row totals, column totals and a grand total — every
 * one of them a published number tied to the others by a sum.
 */
export function crossTable(table: string, rows: readonly string[], cols: readonly string[], counts: (row: string, col: string) => number): TableCells {
  const cells: Cell[] = []
  const equations: Equation[] = []
  let grand = 0
  const colTotals = new Map(cols.map((c) => [c, 0]))
  for (const r of rows) {
    let rowTotal = 0
    for (const c of cols) {
      const v = counts(r, c)
      cells.push({ id: cellId(table, r, c), value: v })
      rowTotal += v
      colTotals.set(c, colTotals.get(c)! + v)
    }
    cells.push({ id: cellId(table, r, 'total'), value: rowTotal })
    equations.push({ parts: cols.map((c) => cellId(table, r, c)), total: cellId(table, r, 'total') })
    grand += rowTotal
  }
  for (const c of cols) {
    cells.push({ id: cellId(table, 'total', c), value: colTotals.get(c)! })
    equations.push({ parts: rows.map((r) => cellId(table, r, c)), total: cellId(table, 'total', c) })
  }
  cells.push({ id: cellId(table, 'total', 'total'), value: grand })
  equations.push({ parts: rows.map((r) => cellId(table, r, 'total')), total: cellId(table, 'total', 'total') })
  equations.push({ parts: cols.map((c) => cellId(table, 'total', c)), total: cellId(table, 'total', 'total') })
  return { cells, equations }
}

/**
 * One distribution: a count per category and the total N. For a single choice the counts add
 * up to N (an equation); for a multiple choice they do not, and nothing ties them together.
 */
export function distributionTable(table: string, counts: Readonly<Record<string, number>>, total: number, exhaustive: boolean): TableCells {
  const keys = Object.keys(counts)
  const cells: Cell[] = [...keys.map((k) => ({ id: cellId(table, k, 'count'), value: counts[k]! })), { id: cellId(table, 'total', 'count'), value: total }]
  const equations: Equation[] = exhaustive ? [{ parts: keys.map((k) => cellId(table, k, 'count')), total: cellId(table, 'total', 'count') }] : []
  return { cells, equations }
}

/** The same number printed in two places (e.g. one population's N in two tables) is one fact. */
export const sameNumber = (a: string, b: string): Equation => ({ parts: [a], total: b })

export function mergeTables(...tables: TableCells[]): TableCells {
  return { cells: tables.flatMap((t) => t.cells), equations: tables.flatMap((t) => t.equations) }
}
