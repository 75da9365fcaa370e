import { TableWrap } from '@/components/table-wrap'
import type { Indicator } from '../api/get-dashboard'
import type { IndicatorInfo } from '../lib/catalog'
import { formatCount, formatValue, NO_VALUE, unitLabel } from '../lib/format'
import { ColumnChart } from './charts/column-chart'

interface YearComparisonProps {
  info: IndicatorInfo
  year: number
  current: Indicator
  previous: Indicator | undefined
}

/** A single figure (a count, share, mean or ratio) against last year's, as columns and a table. */
export function YearComparison({ info, year, current, previous }: YearComparisonProps) {
  const rows = [
    { year: year - 1, indicator: previous },
    { year, indicator: current },
  ]
  const showN = info.kind !== 'count'
  const data = rows.map((r) => {
    const value = r.indicator?.value ?? null
    return { key: String(r.year), label: String(r.year), value, display: formatValue(info.kind, value) }
  })
  return (
    <div className="figure-body">
      <ColumnChart title={`${info.title}, ${year - 1} og ${year}`} data={data} />
      <TableWrap className="table-scroll" label={`${info.title}, ${year - 1} og ${year}`}>
        <table className="stats-table">
          <caption>
            {info.title}, {year - 1} og {year}
          </caption>
          <thead>
            <tr>
              <th scope="col">År</th>
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
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
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
