import type { ReportTable } from './model'

/**
 * What an attacker knows besides the printed numbers (docs/report.md): which printed numbers
 * are one fact printed twice, which add up to which, and which depend on a group's size. Cells
 * are addressed as `row/column` keys within their table.
 */
export interface Disclosure {
  /** The fact a count cell prints (e.g. `R-01@2026:c:female`): cells with the same fact are one number. */
  facts: Map<string, string>
  /** Printed sums, each holding in every column: row keys of the parts and of the total. */
  sums: { parts: string[]; total: string }[]
  /** A count hidden whenever the group it describes is small or hidden (a group's nights). */
  dependsOn: Map<string, { fact: string; value: number | null }>
  /** A measure's base count: hidden when the base is small or hidden. */
  bases: Map<string, { fact: string; value: number | null }>
}

export interface BuiltTable {
  table: ReportTable
  disclosure: Disclosure
}

export const cellKey = (row: string, col: string) => `${row}/${col}`

export const emptyDisclosure = (): Disclosure => ({ facts: new Map(), sums: [], dependsOn: new Map(), bases: new Map() })
