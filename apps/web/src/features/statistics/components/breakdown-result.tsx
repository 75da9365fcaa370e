import { findField, formByKey } from '@ly/forms'
import type { Breakdown } from '../api/get-breakdown'
import { categoryLabel, isShownIn } from '../lib/labels'
import { formatPercent, unitLabel } from '../lib/format'
import { BreakdownTable, type CrossColumn } from './breakdown-table'
import { GroupedBarChart } from './charts/grouped-bar-chart'

type Indicator = Breakdown['total']

const columnOf = (key: string, label: string, indicator: Indicator): CrossColumn => ({
  key,
  label,
  n: indicator.n,
  unknown: indicator.unknown ?? 0,
  cells: indicator.categories ?? {},
})

/** A breakdown as a grouped bar chart of shares and the cross table behind it. */
export function BreakdownResult({ breakdown, year, offerLabel }: { breakdown: Breakdown; year: number; offerLabel: string }) {
  const form = formByKey(breakdown.form)!
  const field = findField(form, breakdown.field)
  const byField = breakdown.by ? findField(form, breakdown.by) : undefined
  // Second-question categories nobody has are left out: a column of zeros says nothing.
  const byColumns = Object.entries(breakdown.rows)
    .filter(([, row]) => row.n + (row.unknown ?? 0) > 0)
    .map(([key, row]) => columnOf(key, categoryLabel(byField, key), row))
  const columns = [...byColumns, columnOf('total', 'Alle', breakdown.total)]
  const rows = Object.entries(breakdown.total.categories ?? {})
    .filter(([key, c]) => isShownIn(field, key, year, c.count))
    .map(([key]) => ({ key, label: categoryLabel(field, key) }))
  const unit = unitLabel(breakdown.total.unit)
  const caption = `${field?.label ?? breakdown.field}${byField ? `, etter ${byField.label.toLowerCase()}` : ''} (${breakdown.period.label}, ${offerLabel.toLowerCase()}, andel av ${unit})`
  return (
    <div className="breakdown-result">
      <GroupedBarChart
        title={`${caption}. Kategorier som ingen har svart, er bare med i tabellen`}
        max={100}
        series={columns.map((c) => ({ key: c.key, label: c.label }))}
        groups={rows
          .filter((r) => (breakdown.total.categories?.[r.key]?.count ?? 0) > 0)
          .map((r) => ({
            ...r,
            values: columns.map((c) => {
              const percent = c.cells[r.key]?.percent ?? null
              return { value: percent, display: formatPercent(percent) }
            }),
          }))}
      />
      <BreakdownTable caption={caption} rows={rows} columns={columns} />
    </div>
  )
}
