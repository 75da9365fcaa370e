import type { IntegerField } from '@ly/forms'
import { factPeriod, indicatorFor, sourceId, tableYears, type ReportData } from './data'
import { cellKey, emptyDisclosure, type BuiltTable } from './disclosure-types'
import { bandLabel, optionRows, resolveField, yesNoRows, type RowDef } from './labels'
import type { ReportCell, ReportRow } from './model'
import { caption, columnIsRegistered, notRegistered } from './table-common'
import type { DistributionGroup, DistributionSpec } from './spec/types'

/** Rows of a group: the field's options (the centre's list where it keeps one), yes/no, or bands. */
function groupRows(data: ReportData, group: DistributionGroup, years: number[]): RowDef[] {
  const { field } = resolveField(group.field)
  if (field.kind === 'boolean') return yesNoRows
  if (field.kind === 'single' || field.kind === 'multi') return optionRows(data.centreOptions.get(group.field) ?? field.options)
  // A number grouped in bands by the engine: the bands it answered with, in its order.
  const keys: string[] = []
  for (const y of years) {
    for (const key of Object.keys(indicatorFor(data, group.source, y)?.categories ?? {})) if (!keys.includes(key)) keys.push(key)
  }
  return keys.map((key) => ({ key, label: bandLabel(key, (field as IntegerField).unit) }))
}

// `since` dates the national series, not the centre's own: a centre's earlier records of the option count.
const optionExists = (row: RowDef, year: number) => row.retiredFrom === undefined || year < row.retiredFrom

/**
 * A distribution per year (columns), one block of rows per group with its N. A single choice's
 * categories add up to N (a printed sum); a multiple choice's do not (shares may pass 100 %).
 */
export function buildDistribution(data: ReportData, spec: DistributionSpec): BuiltTable {
  const years = tableYears(data, spec.years)
  const disclosure = emptyDisclosure()
  const rows: ReportRow[] = []
  const fields: string[] = []
  let multi = false

  spec.groups.forEach((group, gi) => {
    const { field } = resolveField(group.field)
    fields.push(group.field)
    multi ||= field.kind === 'multi'
    const prefix = spec.groups.length > 1 ? `${gi + 1}.` : ''
    const sid = sourceId(group.source)
    const defs = groupRows(data, group, years)
    const nKey = `${prefix}n`
    const categoryRows: ReportRow[] = defs.map((def) => ({ key: `${prefix}${def.key}`, label: def.label, kind: 'category', ...(group.label && { group: group.label }), cells: [] }))
    const nRow: ReportRow = { key: nKey, label: 'N (har svart)', kind: 'n', ...(group.label && { group: group.label }), cells: [] }

    for (const year of years) {
      const ind = indicatorFor(data, group.source, year)
      const registered = ind !== undefined && columnIsRegistered(data, spec.form, year) && !(ind.n === 0 && (ind.unknown ?? 0) > 0)
      defs.forEach((def, i) => {
        const row = categoryRows[i]!
        const count = registered ? ind.categories?.[def.key]?.count : undefined
        let cell: ReportCell
        if (count === undefined || (count === 0 && !optionExists(def, year))) cell = notRegistered()
        else {
          cell = { value: count, percent: ind!.categories?.[def.key]?.percent ?? (ind!.n > 0 ? (count / ind!.n) * 100 : null), state: 'value' }
          disclosure.facts.set(cellKey(row.key, String(year)), `${sid}@${factPeriod(data, year)}:c:${def.key}`)
        }
        row.cells.push(cell)
      })
      if (registered) {
        nRow.cells.push({ value: ind.n, percent: null, state: 'value' })
        disclosure.facts.set(cellKey(nKey, String(year)), `${sid}@${factPeriod(data, year)}:n`)
      } else nRow.cells.push(notRegistered())
    }
    if (field.kind !== 'multi') disclosure.sums.push({ parts: categoryRows.map((r) => r.key), total: nKey })
    rows.push(...categoryRows, nRow)
  })

  return {
    table: {
      id: spec.id,
      figure: spec.figure,
      caption: caption(spec.caption, years, data.tertial),
      unit: spec.unit,
      multi,
      showPercent: true,
      columns: years.map((y) => ({ key: String(y), label: String(y) })),
      rows,
      indicators: [...new Set(spec.groups.map((g) => sourceId(g.source)))],
      fields,
      ...(spec.note && { note: spec.note }),
    },
    disclosure,
  }
}
