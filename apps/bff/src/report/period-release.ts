import { sameNumber } from '../suppression/tables'
import type { Equation } from '../suppression/linear-attack'
import type { ExportEquations } from './disclosure'

const TERTIALS = ['T1', 'T2', 'T3'] as const

/**
 * What ties a year's report to its three tertials' (decision 0039), for the suppression of the
 * release they make together: wherever the tertials' numbers of a fact add up to the year's (the
 * events and nights of decision 0026, and any count that happens to), T1 + T2 + T3 = year; and
 * a month's number in a tertial's report that equals the year's is one number. An equation is
 * taken whenever it holds on the true counts — more than an outsider can know, never less, so
 * suppressing against them also defeats every attacker who knows the counting rules.
 */
export function periodEquations(eqs: ExportEquations): Equation[] {
  const value = new Map(eqs.cells.map((c) => [c.id, c.value]))
  const first = (fact: string) => eqs.byFact.get(fact)?.[0]
  const out: Equation[] = []
  for (const fact of eqs.byFact.keys()) {
    const m = /^([^@]+)@(\d{4}):(.+)$/.exec(fact)
    if (!m) continue
    const [, id, year, part] = m as unknown as [string, string, string, string]
    const yearCell = first(fact)!
    const parts = TERTIALS.map((t) => first(`${id}@${year}-${t}:${part}`))
    if (parts.every((p) => p !== undefined)) {
      const sum = parts.reduce((s, p) => s + value.get(p)!, 0)
      if (sum === value.get(yearCell)) out.push({ parts, total: yearCell })
    }
    const month = /^m:(\d+)$/.exec(part)
    if (month) {
      const t = TERTIALS[Math.ceil(Number(month[1]) / 4) - 1]!
      const same = first(`${id}@${year}-${t}:${part}`)
      if (same !== undefined && value.get(same) === value.get(yearCell)) out.push(sameNumber(same, yearCell))
    }
  }
  return out
}
