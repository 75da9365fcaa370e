import { TableWrap } from '@/components/table-wrap'
import { formatCount, formatPercent } from '../lib/format'

export interface CrossColumn {
  key: string
  label: string
  n: number
  unknown: number
  cells: Record<string, { count: number; percent: number | null }>
}

interface BreakdownTableProps {
  caption: string
  rows: readonly { key: string; label: string }[]
  columns: readonly CrossColumn[]
}

/** The cross table: a category of the main question per row, a category of the second per column. */
export function BreakdownTable({ caption, rows, columns }: BreakdownTableProps) {
  return (
    <TableWrap className="table-scroll" label={caption}>
      <table className="stats-table cross-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kategori</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="numeric">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {columns.map((c) => {
                const cell = c.cells[r.key]
                return (
                  <td key={c.key} className="numeric">
                    {cell ? `${formatCount(cell.count)} (${formatPercent(cell.percent)})` : '–'}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Svart (N)</th>
            {columns.map((c) => (
              <td key={c.key} className="numeric">
                {formatCount(c.n)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Ukjent eller ikke svart</th>
            {columns.map((c) => (
              <td key={c.key} className="numeric">
                {formatCount(c.unknown)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  )
}
