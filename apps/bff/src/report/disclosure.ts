import type { Equation } from '../suppression/linear-attack'
import { suppress, type Cell } from '../suppression/suppress'
import { sameNumber } from '../suppression/tables'
import { canonicalFact } from './aliases'
import { cellKey, type BuiltTable } from './disclosure-types'
import type { ReportTable } from './model'

/** A printed count of the export, addressed `<table>/<row>/<column>`. */
export const exportCellId = (table: string, row: string, col: string) => `${table}/${row}/${col}`

export interface ExportEquations {
  cells: Cell[]
  equations: Equation[]
  /** Count cells to hide whenever a fact they depend on is hidden or small. */
  dependents: { id: string; fact: string; value: number | null }[]
  /** Cells by fact, to look up a dependency. */
  byFact: Map<string, string[]>
}

/**
 * The printed counts of a whole export and every sum an attacker can use: each table's printed
 * totals (where they hold as printed), and the same fact printed in several tables.
 */
export function exportEquations(built: readonly BuiltTable[]): ExportEquations {
  const cells: Cell[] = []
  const value = new Map<string, number>()
  const equations: Equation[] = []
  const byFact = new Map<string, string[]>()
  const dependents: ExportEquations['dependents'] = []

  for (const { table, disclosure } of built) {
    table.rows.forEach((row) => {
      if (row.kind === 'measure') return
      row.cells.forEach((cell, ci) => {
        if (cell.state !== 'value' || cell.value === null) return
        const col = table.columns[ci]!.key
        const id = exportCellId(table.id, row.key, col)
        cells.push({ id, value: cell.value })
        value.set(id, cell.value)
        const raw = disclosure.facts.get(cellKey(row.key, col))
        const fact = raw && canonicalFact(raw)
        if (fact) byFact.set(fact, [...(byFact.get(fact) ?? []), id])
        const dep = disclosure.dependsOn.get(cellKey(row.key, col))
        if (dep) dependents.push({ id, fact: canonicalFact(dep.fact), value: dep.value })
      })
    })
    for (const sum of disclosure.sums) {
      for (const col of table.columns) {
        const total = exportCellId(table.id, sum.total, col.key)
        if (!value.has(total)) continue
        // Parts "ikke registrert" are known zeros: the sum holds without them.
        const parts = sum.parts.map((p) => exportCellId(table.id, p, col.key)).filter((id) => value.has(id))
        const added = parts.reduce((s, id) => s + value.get(id)!, 0)
        if (parts.length > 0 && added === value.get(total)) equations.push({ parts, total })
      }
    }
  }
  // One fact printed twice is one number; aliases are linked only where their values agree.
  for (const ids of byFact.values()) {
    for (const id of ids.slice(1)) {
      const first = ids.find((other) => value.get(other) === value.get(id))!
      if (first !== id) equations.push(sameNumber(first, id))
    }
  }
  return { cells, equations, dependents, byFact }
}

/** Cells tied together by equations; suppression of one group never changes another's. */
function components(cells: readonly Cell[], equations: readonly Equation[]): { cells: Cell[]; equations: Equation[] }[] {
  const parent = new Map(cells.map((c) => [c.id, c.id]))
  const find = (id: string): string => {
    let root = id
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(id, root)
    return root
  }
  for (const eq of equations) for (const p of eq.parts) parent.set(find(p), find(eq.total))
  const groups = new Map<string, { cells: Cell[]; equations: Equation[] }>()
  const group = (id: string) => {
    const root = find(id)
    let g = groups.get(root)
    if (!g) groups.set(root, (g = { cells: [], equations: [] }))
    return g
  }
  for (const c of cells) group(c.id).cells.push(c)
  for (const eq of equations) group(eq.total).equations.push(eq)
  return [...groups.values()]
}

/**
 * Primary and secondary suppression over the whole export at once (decision 8), then hides
 * what depends on hidden groups, until nothing changes. Answers the hidden cell ids.
 */
export function hiddenCells(eqs: ExportEquations, threshold: number, given: { alsoHide?: Iterable<string>; fixed?: ReadonlySet<string> } = {}): Set<string> {
  // `alsoHide`: hidden already (a year's release); `fixed`: published already, never hidden to protect (suppress.ts).
  const alsoHide = new Set<string>(given.alsoHide)
  for (;;) {
    const hidden = new Set<string>()
    for (const part of components(eqs.cells, eqs.equations)) {
      const ids = new Set(part.cells.map((c) => c.id))
      const result = suppress({ ...part, threshold, alsoHide: [...alsoHide].filter((id) => ids.has(id)), ...(given.fixed && { fixed: given.fixed }) })
      for (const id of result.hidden) hidden.add(id)
    }
    const more = eqs.dependents.filter(({ id, fact, value }) => {
      // Asked for already: a dependent shown again by suppress() (its number is published anyway) stays shown.
      if (hidden.has(id) || alsoHide.has(id)) return false
      return (eqs.byFact.get(fact) ?? []).some((d) => hidden.has(d)) || (value !== null && value >= 1 && value <= threshold)
    })
    if (more.length === 0) return hidden
    for (const d of more) alsoHide.add(d.id)
  }
}

/** The tables with hidden counts marked, and every percentage that would give one away blanked. */
export function applyHidden(built: readonly BuiltTable[], eqs: ExportEquations, hidden: ReadonlySet<string>, threshold: number): ReportTable[] {
  const factHidden = (fact: string) => (eqs.byFact.get(canonicalFact(fact)) ?? []).some((id) => hidden.has(id))
  return built.map(({ table, disclosure }) => {
    const rows = table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, ci) => {
        const col = table.columns[ci]!.key
        if (row.kind === 'measure') {
          const base = disclosure.bases.get(cellKey(row.key, col))
          const small = base && ((base.value !== null && base.value >= 1 && base.value <= threshold) || factHidden(base.fact))
          return small && cell.state === 'value' ? { value: null, percent: null, state: 'suppressed' as const } : cell
        }
        return hidden.has(exportCellId(table.id, row.key, col)) ? { value: null, percent: null, state: 'suppressed' as const } : cell
      }),
    }))
    // A percentage of a hidden N gives N away (count ÷ share): blank the whole block's column.
    let blockStart = 0
    rows.forEach((row, ri) => {
      if (row.kind !== 'n') return
      row.cells.forEach((n, ci) => {
        if (n.state !== 'suppressed') return
        for (let r = blockStart; r < ri; r++) rows[r]!.cells[ci] = { ...rows[r]!.cells[ci]!, percent: null }
      })
      blockStart = ri + 1
    })
    return { ...table, rows }
  })
}
