import { useId } from 'react'
import type { Indicator, NationalFigure } from '../api/get-dashboard'
import type { IndicatorInfo } from '../lib/catalog'
import { categoryRows } from '../lib/categories'
import { formatCount, formatPercent } from '../lib/format'
import type { PeriodNames } from '../lib/period-names'
import { BarChart } from './charts/bar-chart'
import { DistributionTable } from './distribution-table'
import { FigureFacts } from './figure-facts'
import { YearComparison } from './year-comparison'

interface IndicatorFigureProps {
  info: IndicatorInfo
  names: PeriodNames
  current: Indicator
  previous: Indicator | undefined
  national: NationalFigure | undefined
}

/**
 * One indicator: its figure in words, a chart and the table behind the chart. Categories are
 * drawn as shares of N (counts for plain counts, such as persons by sex); a single figure is
 * drawn against the same period last year.
 */
export function IndicatorFigure({ info, names, current, previous, national }: IndicatorFigureProps) {
  const headingId = useId()
  const rows = categoryRows(info, current, names.year)
  const byCount = info.kind === 'count'
  return (
    <section aria-labelledby={headingId} className="indicator">
      <h3 id={headingId}>{info.title}</h3>
      <FigureFacts info={info} names={names} current={current} previous={previous} national={national} />
      {rows.length > 0 ? (
        <div className="figure-body">
          <BarChart
            title={`${info.title}, ${names.current}`}
            max={byCount ? undefined : 100}
            data={rows.map((r) => ({
              key: r.key,
              label: r.label,
              value: byCount ? r.count : r.percent,
              display: byCount ? formatCount(r.count) : formatPercent(r.percent),
            }))}
          />
          <DistributionTable
            caption={`${info.title}, ${names.current}`}
            kind={info.kind}
            rows={rows}
            n={current.n}
            unit={current.unit}
            unknown={current.unknown}
            national={national}
          />
        </div>
      ) : (
        <YearComparison info={info} names={names} current={current} previous={previous} />
      )}
    </section>
  )
}
