import { forms, type CentreOption, type FormKey, type SingleField } from '@ly/forms'
import { loadCentreOptions } from '../db/centre-options'
import type { Db } from '../db/database'

import { centreStatistics } from '../statistics/cache'
import { formsWithRecords } from '../statistics/load'
import { parsePeriod } from '../statistics/period'
import type { Indicator } from '../statistics/types'
import { resolveField } from './labels'
import type { Source, TableSpec } from './spec/types'

/** Everything the report's tables are built from, loaded once per report. */
/** The report of a year, or of one of its tertials (1–3, decision 0039). */
export type Tertial = 1 | 2 | 3

export interface ReportData {
  year: number
  /** A tertial's report: every column is that tertial of its year. The whole years when absent. */
  tertial?: Tertial
  /** The first year with any registration at the centre, or null when there is none. */
  firstYear: number | null
  /** Per form, the first year it was registered in Ly; years before it are "ikke registrert". */
  formFirstYear: Partial<Record<FormKey, number>>
  /** Per year shown, the forms with a record in it: a year without one is "ikke registrert" too. */
  registered: Map<number, ReadonlySet<FormKey>>
  indicators: Map<number, Record<string, Indicator>>
  /** A centre's own option lists (the duty phone's caller categories), by `form.field`. */
  centreOptions: Map<string, CentreOption[]>
}

const MAX_SERIES = 7

/** The years a table shows: S1's series length, but never before the first year in Ly. */
export function tableYears(data: Pick<ReportData, 'year' | 'firstYear'>, length: number): number[] {
  const from = Math.max(data.year - length + 1, Math.min(data.firstYear ?? data.year, data.year))
  return Array.from({ length: data.year - from + 1 }, (_, i) => from + i)
}

export async function formFirstYears(db: Db, centreId: string): Promise<Partial<Record<FormKey, number>>> {
  const result: Partial<Record<FormKey, number>> = {}
  for (const key of Object.keys(forms) as FormKey[]) {
    const form = forms[key]
    const row = await db
      .selectFrom(form.table)
      .select((eb) => eb.fn.min(form.dateField).as('first'))
      .where('centre_id', '=', centreId)
      .executeTakeFirst()
    const first = row?.first
    if (first) result[key] = Number(first.slice(0, 4))
  }
  return result
}

/** The days of a column: the year, or the report's tertial of it. */
export const columnPeriod = (tertial: Tertial | undefined, year: number) => (tertial ? { period: parsePeriod(`${year}-T${tertial}`, `${year}-12-31`) } : {})

/** What a column's facts are named by: `2026`, or `2026-T2` in a tertial's report (one release with the year, decision 0039). */
export const factPeriod = (data: Pick<ReportData, 'tertial'>, year: number) => (data.tertial ? `${year}-T${data.tertial}` : String(year))

/** A column's year in words: «2026», or «2. tertial 2026». */
export const sayPeriod = (tertial: Tertial | undefined) => (year: number) => (tertial ? `${tertial}. tertial ${year}` : String(year))

export async function loadReportData(db: Db, centreId: string, year: number, specs: readonly TableSpec[], tertial?: Tertial): Promise<ReportData> {
  const formFirstYear = await formFirstYears(db, centreId)
  const firsts = Object.values(formFirstYear)
  const firstYear = firsts.length ? Math.min(...firsts) : null
  const data: ReportData = { year, ...(tertial && { tertial }), firstYear, formFirstYear, registered: new Map(), indicators: new Map(), centreOptions: new Map() }

  for (const y of tableYears(data, MAX_SERIES)) {
    const scope = { year: y, offer: 'all' as const, ...columnPeriod(tertial, y) }
    data.indicators.set(y, (await centreStatistics(db, centreId, scope)).indicators)
    data.registered.set(y, await formsWithRecords(db, { centreId, ...scope }))
  }

  for (const spec of specs) {
    if (spec.kind !== 'distribution') continue
    for (const group of spec.groups) {
      const { field } = resolveField(group.field)
      if (field.kind === 'single' && field.centreOptions && !data.centreOptions.has(group.field)) {
        data.centreOptions.set(group.field, await loadCentreOptions(db, centreId, field as SingleField & { centreOptions: string }))
      }
    }
  }
  return data
}

/** The indicator behind a source for one year, or undefined when the engine has none (yet). */
export const indicatorFor = (data: ReportData, source: Source, year: number): Indicator | undefined => data.indicators.get(year)?.[source.indicator]

export const sourceId = (source: Source) => source.indicator
