import type { FormKey } from '@ly/forms'
import type { RowKind, SectionKey } from '../model'

/** Where a table's numbers come from: an indicator of the statistics engine by its §4 id. */
export interface Source {
  indicator: string
}

export const indicator = (id: string): Source => ({ indicator: id })

/** One number of an indicator: its value, its N, one category, or the value less some categories. */
export type Part = 'value' | 'n' | { category: string } | { month: number } | { rest: readonly string[] }

interface TableSpecBase {
  id: string
  /** Sarpsborg's figure number, or null for a text-only figure (data-dictionary §5.3). */
  figure: number | null
  /** `{years}` becomes "2012–2016" for a series, or the year alone. */
  caption: string
  unit: string
  /** The form whose first year in Ly marks earlier years "ikke registrert" (null: any form). */
  form: FormKey | null
  /** Years shown, ending with the report's year (S1's series length); earlier years only if in Ly. */
  years: number
  note?: string
}

/** Answer categories of one field (or bands of a number); labels come from the form definition. */
export interface DistributionGroup {
  source: Source
  /** `form.field`: where the row labels come from. */
  field: string
  /** A heading for the group when a table holds more than one (Figur 7: beboer / voldsutøver). */
  label?: string
}

export interface DistributionSpec extends TableSpecBase {
  kind: 'distribution'
  groups: readonly DistributionGroup[]
}

export interface CountItem {
  key: string
  label: string
  source: Source
  part: Part
  kind?: RowKind
  /** Another form than the table's (Figur 4's children). */
  form?: FormKey
  /** Hide this number whenever the count of the group it describes is hidden (nights of two men). */
  dependsOn?: { source: Source; part: Part }
  /** For a measure: the count it is a mean of; hidden when that count is small or hidden. */
  base?: { source: Source; part: Part }
  /**
   * «ikke registrert» in a year where this count is 0: what a centre need not register (the
   * outgoing calls) is unknown when none are, not zero.
   */
  registeredBy?: { source: Source; part: Part }
}

/** Named numbers over the years; `sums` are the printed totals (each holds in every column). */
export interface CountsSpec extends TableSpecBase {
  kind: 'counts'
  items: readonly CountItem[]
  sums?: readonly { parts: readonly string[]; total: string }[]
}

/** Numbers per calendar month: one column per series, or one source over several years. */
export interface MonthsSpec extends TableSpecBase {
  kind: 'months'
  /** `form`: another form than the table's marks this series' years registered (full days come from stays). */
  series: readonly { key: string; label: string; source: Source; form?: FormKey }[]
}

export type TableSpec = DistributionSpec | CountsSpec | MonthsSpec

export interface SectionSpec {
  key: SectionKey
  title: string
  tables: readonly TableSpec[]
}
