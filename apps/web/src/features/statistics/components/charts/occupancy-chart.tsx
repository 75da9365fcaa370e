import { useId } from 'react'
import { formatNorwegianDate } from '@ly/forms'
import type { OccupancyYear } from '../../api/get-occupancy-year'
import { monthShortNames } from '../../lib/format'

const DAY = 2
const HEIGHT = 160
const TOP = 12
const BOTTOM = 22

/**
 * A year of occupancy, one thin column a day against the places (the dashed line), the full
 * days in the warning colour. The monthly rates are in the table beside it; the title says
 * what a screen reader needs of the picture.
 */
export function OccupancyChart({ occupancy }: { occupancy: OccupancyYear }) {
  const titleId = useId()
  const { days, places, longestFullRun } = occupancy
  const top = Math.max(1, places ?? 0, ...days.map((d) => d.occupied))
  const plot = HEIGHT - TOP - BOTTOM
  const width = Math.max(365, days.length) * DAY
  const y = (v: number) => HEIGHT - BOTTOM - (v / top) * plot
  const full = days.filter((d) => d.full).length
  const run = longestFullRun.from ? ` Lengste sammenhengende periode: ${longestFullRun.days} dager fra ${formatNorwegianDate(longestFullRun.from)}.` : ''
  return (
    <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${width} ${HEIGHT}`} className="column-chart occupancy-chart">
      <title id={titleId}>{`Belegg per dag i ${occupancy.year} mot ${places ?? 0} faste plasser: ${full} ${full === 1 ? 'dag' : 'dager'} med fullt botilbud.${run} Beleggsprosent per måned står i tabellen.`}</title>
      <line x1={0} x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="chart-axis" />
      {days.map((d, i) => (
        <rect key={d.date} x={i * DAY} y={y(d.occupied)} width={DAY} height={(d.occupied / top) * plot} className={d.full ? 'chart-bar chart-bar-full' : 'chart-bar'} />
      ))}
      {places ? <line x1={0} x2={width} y1={y(places)} y2={y(places)} className="chart-places" /> : null}
      {monthShortNames.map((label, m) => {
        const index = days.findIndex((d) => Number(d.date.slice(5, 7)) === m + 1)
        return index < 0 ? null : (
          <text key={label} x={index * DAY + 2} y={HEIGHT - 6} className="chart-label">
            {label}
          </text>
        )
      })}
    </svg>
  )
}
