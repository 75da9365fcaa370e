/** Ly's rounding of a share (report/format.ts: whole percent, half up). */
export const wholePercent = (count: number, n: number) => Math.round((count / n) * 100)

/**
 * Counts that reproduce published whole percentages: the largest N up to `max` (those who
 * answered; the rest did not) for which every target percent has a count c with c/N rounding to
 * it. `disjoint` targets are categories of one single choice: their counts may not exceed N.
 * S1 prints percentages, not counts (data-dictionary R4: its denominators are those answering).
 */
export function fitPercents(targets: readonly number[], max: number, opts: { disjoint?: boolean; min?: number } = {}): { n: number; counts: number[] } {
  for (let n = max; n >= (opts.min ?? 1); n--) {
    const counts = targets.map((p) => nearestCount(p, n))
    if (counts.some((c) => c === null)) continue
    const cs = counts as number[]
    if (opts.disjoint && cs.reduce((a, b) => a + b, 0) > n) continue
    return { n, counts: cs }
  }
  throw new Error(`No N ≤ ${max} reproduces ${targets.join(', ')} %`)
}

/** The count of n nearest to p % that Ly prints as p %, or null when none does. */
function nearestCount(p: number, n: number): number | null {
  const near = Math.round((p / 100) * n)
  for (const c of [near, near - 1, near + 1]) if (c >= 0 && c <= n && wholePercent(c, n) === p) return c
  return null
}
