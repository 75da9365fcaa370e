import { TableWrap } from '@/components/table-wrap'
import { formatCount, monthNames, NO_VALUE } from '../lib/format'

interface MonthTableProps {
  caption: string
  year: number
  current: Record<string, number>
  previous: Record<string, number> | undefined
}

/** A month series for the year and the year before, with the year's total. */
export function MonthTable({ caption, year, current, previous }: MonthTableProps) {
  const total = (months: Record<string, number>) => Object.values(months).reduce((a, b) => a + b, 0)
  return (
    <TableWrap className="table-scroll" label={caption}>
      <table className="stats-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Måned</th>
            <th scope="col" className="numeric">
              {year}
            </th>
            <th scope="col" className="numeric">
              {year - 1}
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
            <th scope="row">Hele året</th>
            <td className="numeric">{formatCount(total(current))}</td>
            <td className="numeric">{previous ? formatCount(total(previous)) : NO_VALUE}</td>
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  )
}
