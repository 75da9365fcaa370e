import type { FormKey } from '@ly/forms'
import { factPeriod, indicatorFor, sourceId, tableYears, type ReportData } from './data'
import { cellKey, emptyDisclosure, type BuiltTable } from './disclosure-types'
import { monthLabel } from './labels'
import type { ReportCell, ReportColumn, ReportRow } from './model'
import type { MonthsSpec, Source } from './spec/types'
import { caption, columnIsRegistered, notRegistered } from './table-common'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/**
 * Numbers per calendar month with their total: one column per series (Figur 3, 23), or one
 * series over several years (Figur 24).
 */
export function buildMonths(data: ReportData, spec: MonthsSpec): BuiltTable {
  const years = tableYears(data, spec.years)
  const overYears = spec.series.length === 1 && years.length > 1
  const columns: (ReportColumn & { source: Source; year: number; form: FormKey | null })[] = overYears
    ? years.map((year) => ({ key: String(year), label: String(year), source: spec.series[0]!.source, year, form: spec.series[0]!.form ?? spec.form }))
    : spec.series.map((s) => ({ key: s.key, label: s.label, source: s.source, year: data.year, form: s.form ?? spec.form }))
  const disclosure = emptyDisclosure()
  // A tertial's report shows its four months: the others are no part of it (not zeros).
  const shownMonths = data.tertial ? MONTHS.slice((data.tertial - 1) * 4, data.tertial * 4) : MONTHS
  const monthRows: ReportRow[] = shownMonths.map((m) => ({ key: `m${m}`, label: monthLabel(m), kind: 'category', cells: [] }))
  const totalRow: ReportRow = { key: 'total', label: 'I alt', kind: 'total', cells: [] }

  for (const col of columns) {
    const ind = indicatorFor(data, col.source, col.year)
    const months = ind && columnIsRegistered(data, col.form, col.year) ? ind.months : undefined
    const sid = sourceId(col.source)
    let sum = 0
    shownMonths.forEach((m, i) => {
      const v = months?.[String(m)]
      let cell: ReportCell = notRegistered()
      if (v !== undefined) {
        cell = { value: v, percent: null, state: 'value' }
        sum += v
        disclosure.facts.set(cellKey(`m${m}`, col.key), `${sid}@${factPeriod(data, col.year)}:m:${m}`)
      }
      monthRows[i]!.cells.push(cell)
    })
    if (months) {
      totalRow.cells.push({ value: sum, percent: null, state: 'value' })
      // The months' total is the indicator's own number when they agree (one fact printed twice).
      disclosure.facts.set(cellKey('total', col.key), ind?.value === sum ? `${sid}@${factPeriod(data, col.year)}:value` : `${sid}@${factPeriod(data, col.year)}:months`)
    } else totalRow.cells.push(notRegistered())
  }
  disclosure.sums.push({ parts: monthRows.map((r) => r.key), total: 'total' })

  return {
    table: {
      id: spec.id,
      figure: spec.figure,
      caption: caption(spec.caption, overYears ? years : [data.year], data.tertial),
      unit: spec.unit,
      multi: false,
      showPercent: false,
      columns: columns.map(({ key, label }) => ({ key, label })),
      rows: [...monthRows, totalRow],
      indicators: [...new Set(spec.series.map((s) => sourceId(s.source)))],
      fields: [],
      ...(spec.note && { note: spec.note }),
    },
    disclosure,
  }
}
