import { TableWrap } from '@/components/table-wrap'
import type { NationalFigure } from '../api/get-dashboard'
import type { IndicatorKind } from '../lib/catalog'
import type { CategoryRow } from '../lib/categories'
import { formatCount, formatN, formatPercent, unitLabel } from '../lib/format'
import { nationalCategory, sourceInWords } from '../lib/national'

interface DistributionTableProps {
  caption: string
  kind: IndicatorKind
  rows: readonly CategoryRow[]
  n: number
  unit: string
  unknown?: number
  national?: NationalFigure
}

/**
 * A count's parts (nights of women, men and children) are shares of what they add up to, which
 * need not be the indicator's N (R-06 counts nights, its N the stays they come from): say that sum.
 */
const totalText = (rows: readonly CategoryRow[], unit: string) => {
  const label = unitLabel(unit)
  return `I alt ${formatCount(rows.reduce((sum, r) => sum + r.count, 0))}${label ? ` ${label}` : ''}`
}

/**
 * A distribution as the figures behind its chart: count and share of N per category, N and the
 * unknown answers (excluded from N, decision 6), and the national figure where the sources give it.
 */
export function DistributionTable({ caption, kind, rows, n, unit, unknown, national }: DistributionTableProps) {
  const showNational = rows.some((r) => nationalCategory(national, r.key, kind) !== undefined)
  return (
    <TableWrap className="table-scroll" label={caption}>
      <table className="stats-table">
        <caption>
          {caption}
          <span className="caption-detail">
            {kind === 'count' ? totalText(rows, unit) : formatN(n, unit, kind)}
            {unknown ? `, ukjent ${formatCount(unknown)}` : ''}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Kategori</th>
            <th scope="col" className="numeric">
              Antall
            </th>
            <th scope="col" className="numeric">
              {kind === 'count' ? 'Andel' : 'Andel av N'}
            </th>
            {showNational && national && (
              <th scope="col" className="numeric">
                Nasjonalt {national.year} <span className="source">(kilde: {sourceInWords(national.source)})</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="numeric">{formatCount(r.count)}</td>
              <td className="numeric">{formatPercent(r.percent)}</td>
              {showNational && <td className="numeric">{nationalCategory(national, r.key, kind) ?? '–'}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Svart (N)</th>
            <td className="numeric">{formatCount(n)}</td>
            <td />
            {showNational && <td />}
          </tr>
          {unknown !== undefined && (
            <tr>
              <th scope="row">Ukjent eller ikke svart</th>
              <td className="numeric">{formatCount(unknown)}</td>
              <td />
              {showNational && <td />}
            </tr>
          )}
        </tfoot>
      </table>
    </TableWrap>
  )
}
