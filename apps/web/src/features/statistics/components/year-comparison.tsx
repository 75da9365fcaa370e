import { TableWrap } from '@/components/table-wrap'
import type { Indicator } from '../api/get-dashboard'
import type { IndicatorInfo } from '../lib/catalog'
import { formatCount, formatValue, NO_VALUE, unitLabel } from '../lib/format'
import type { PeriodNames } from '../lib/period-names'
import { ColumnChart } from './charts/column-chart'

interface YearComparisonProps {
  info: IndicatorInfo
  names: PeriodNames
  current: Indicator
  previous: Indicator | undefined
}

/** A single figure (a count, share, mean or ratio) against the same period last year's, as columns and a table. */
export function YearComparison({ info, names, current, previous }: YearComparisonProps) {
  const rows = [
    { period: names.previous, indicator: previous },
    { period: names.current, indicator: current },
  ]
  const title = `${info.title}, ${names.previous} og ${names.current}`
  const showN = info.kind !== 'count'
  const data = rows.map((r) => {
    const value = r.indicator?.value ?? null
    return { key: r.period, label: r.period, value, display: formatValue(info.kind, value) }
  })
  return (
    <div className="figure-body">
      <ColumnChart title={title} data={data} />
      <TableWrap className="table-scroll" label={title}>
        <table className="stats-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Periode</th>
              <th scope="col" className="numeric">
                {info.kind === 'count' ? `Antall ${unitLabel(current.unit)}`.trim() : 'Verdi'}
              </th>
              {showN && (
                <th scope="col" className="numeric">
                  N {unitLabel(current.unit)}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.period}>
                <th scope="row">{r.period}</th>
                <td className="numeric">{formatValue(info.kind, r.indicator?.value ?? null)}</td>
                {showN && <td className="numeric">{r.indicator ? formatCount(r.indicator.n) : NO_VALUE}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  )
}
