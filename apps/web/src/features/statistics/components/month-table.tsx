import { TableWrap } from '@/components/table-wrap'
import { formatCount, monthNames, NO_VALUE } from '../lib/format'
import type { PeriodNames } from '../lib/period-names'

interface MonthTableProps {
  caption: string
  names: PeriodNames
  current: Record<string, number>
  previous: Record<string, number> | undefined
}

/** A month series for the period and the same period last year (months outside it are 0), with the period's total. */
export function MonthTable({ caption, names, current, previous }: MonthTableProps) {
  const total = (months: Record<string, number>) => Object.values(months).reduce((a, b) => a + b, 0)
  return (
    <TableWrap className="table-scroll" label={caption}>
      <table className="stats-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Måned</th>
            <th scope="col" className="numeric">
              {names.current}
            </th>
            <th scope="col" className="numeric">
              {names.previous}
            </th>
          </tr>
        </thead>
        <tbody>
          {monthNames.map((name, i) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="numeric">{formatCount(current[String(i + 1)] ?? 0)}</td>
              <td className="numeric">{previous ? formatCount(previous[String(i + 1)] ?? 0) : NO_VALUE}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">I alt</th>
            <td className="numeric">{formatCount(total(current))}</td>
            <td className="numeric">{previous ? formatCount(total(previous)) : NO_VALUE}</td>
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  )
}
