import { recoverableCells, type Equation } from './linear-attack'

export interface Cell {
  id: string
  value: number
}

export interface SuppressionInput {
  cells: readonly Cell[]
  /** Every sum printed in the export, within and across its tables. */
  equations: readonly Equation[]
  /** Counts from 1 up to this are hidden (decision 8; default 4, i.e. "<5"). */
  threshold: number
  /** Cells to hide whatever their value (a group's nights when the group's size is hidden). */
  alsoHide?: Iterable<string>
  /**
   * Published cells that must stay published: those of files already out (a year's report, when its
   * tertials' reports join the release, decision 0039). Only other cells are hidden to protect.
   */
  fixed?: ReadonlySet<string>
}

export interface SuppressionResult {
  /** Every hidden cell: the small counts and those hidden to protect them. */
  hidden: Set<string>
  /** The small counts alone (1 … threshold). */
  primary: Set<string>
}

/**
 * Primary suppression of small counts, then secondary suppression until no hidden cell can be
 * worked out from what is published (checked with the full linear attack, not just "two per
 * row"). The extra cell hidden each round is the smallest published non-zero count in an
 * equation that gives the recovered cell away, so as little as possible is lost.
 */
export function suppress({ cells, equations, threshold, alsoHide = [], fixed = new Set() }: SuppressionInput): SuppressionResult {
  const value = new Map(cells.map((c) => [c.id, c.value]))
  const primary = new Set(cells.filter((c) => c.value >= 1 && c.value <= threshold).map((c) => c.id))
  const hidden = new Set([...primary, ...alsoHide])
  const shown = new Set(fixed)
  for (;;) {
    const recovered = recoverableCells(equations, hidden)
    if (recovered.length === 0) return { hidden, primary }
    const target = recovered[0]!
    const extra = pickComplement(target, equations, hidden, value, shown)
    // A cell that is no small number itself, whose number follows from what is published and can
    // stay published (the year's report, when a tertial's sum of months is printed there month by
    // month): hiding it protects nothing, so it is shown.
    if (!extra && !primary.has(target)) {
      hidden.delete(target)
      shown.add(target)
      continue
    }
    // Only a structural zero can be pinned down with everything around it hidden; it is no secret.
    if (!extra) throw new Error(`cannot protect ${target}: every connected cell is hidden`)
    hidden.add(extra)
  }
}

/**
 * The published cell to hide next: the smallest non-zero count in an equation that ties the
 * recovered cell to published numbers — searched outward through equations of hidden cells,
 * since a chain of sums can give a cell away as surely as its own row.
 */
function pickComplement(
  target: string,
  equations: readonly Equation[],
  hidden: ReadonlySet<string>,
  value: ReadonlyMap<string, number>,
  fixed: ReadonlySet<string>,
): string | undefined {
  const seen = new Set([target])
  let frontier = [target]
  while (frontier.length > 0) {
    const parts = new Set<string>()
    const totals = new Set<string>()
    const next: string[] = []
    for (const eq of equations) {
      if (!frontier.some((id) => eq.total === id || eq.parts.includes(id))) continue
      for (const p of eq.parts) {
        if (hidden.has(p)) next.push(p)
        else if (!fixed.has(p)) parts.add(p)
      }
      if (hidden.has(eq.total)) next.push(eq.total)
      else if (!fixed.has(eq.total)) totals.add(eq.total)
    }
    const best = smallest(parts, value) ?? smallest(totals, value)
    if (best) return best
    frontier = next.filter((id) => !seen.has(id))
    for (const id of frontier) seen.add(id)
  }
  return undefined
}

function smallest(ids: ReadonlySet<string>, value: ReadonlyMap<string, number>): string | undefined {
  return [...ids].sort((a, b) => {
    const va = value.get(a) ?? 0
    const vb = value.get(b) ?? 0
    // Prefer non-zero cells (a hidden 0 protects little), then the smallest.
    return (va === 0 ? 1 : 0) - (vb === 0 ? 1 : 0) || va - vb || a.localeCompare(b)
  })[0]
}
