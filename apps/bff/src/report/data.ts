import { forms, type CentreOption, type FormKey, type SingleField } from '@ly/forms'
import { loadCentreOptions } from '../db/centre-options'
import type { Db } from '../db/database'

import { centreStatistics } from '../statistics/cache'
import { formsWithRecords } from '../statistics/load'
import type { Indicator } from '../statistics/types'
import { resolveField } from './labels'
import type { Source, TableSpec } from './spec/types'

/** Everything the report's tables are built from, loaded once per report. */
export interface ReportData {
  year: number
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
    const row = await db.selectFrom(form.table).select((eb) => eb.fn.min(form.dateField).as('first')).where('centre_id', '=', centreId).executeTakeFirst()
    const first = row?.first
    if (first) result[key] = Number(first.slice(0, 4))
  }
  return result
}

export async function loadReportData(db: Db, centreId: string, year: number, specs: readonly TableSpec[]): Promise<ReportData> {
  const formFirstYear = await formFirstYears(db, centreId)
  const firsts = Object.values(formFirstYear)
  const firstYear = firsts.length ? Math.min(...firsts) : null
  const data: ReportData = { year, firstYear, formFirstYear, registered: new Map(), indicators: new Map(), centreOptions: new Map() }

  for (const y of tableYears(data, MAX_SERIES)) {
    data.indicators.set(y, (await centreStatistics(db, centreId, { year: y, offer: 'all' })).indicators)
    data.registered.set(y, await formsWithRecords(db, { centreId, year: y, offer: 'all' }))
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
