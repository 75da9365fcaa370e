import { useId } from 'react'
import { formatNorwegianDate } from '@ly/forms'
import { monthShortNames } from '@/lib/months'
import './occupancy-chart.css'

const DAY = 2
const HEIGHT = 160
const TOP = 12
const BOTTOM = 22
const DAY_MS = 86_400_000

/** A year night by night: the dashboard's `GET /api/capacity/occupancy`, or the report's chart. */
export interface OccupancyChartData {
  year: number
  places: number | null
  /** `occupied` null: only whether the day was full is known (the shareable report). */
  days: readonly { date: string; occupied: number | null; full: boolean }[]
  longestFullRun?: { days: number; from: string | null }
}

function defaultTitle({ year, places, days, longestFullRun }: OccupancyChartData): string {
  const full = days.filter((d) => d.full).length
  const run = longestFullRun?.from ? ` Lengste sammenhengende periode: ${longestFullRun.days} dager fra ${formatNorwegianDate(longestFullRun.from)}.` : ''
  return `Belegg per dag i ${year} mot ${places ?? 0} faste plasser: ${full} ${full === 1 ? 'dag' : 'dager'} med fullt botilbud.${run} Beleggsprosent per måned står i tabellen.`
}

/**
 * A year of occupancy, one thin column a day against the places (the dashed line), the full
 * days in the warning colour; a day whose number is not shown is drawn up to the places when
 * full. The title says what a screen reader needs of the picture, and names the table that
 * holds its numbers.
 */
export function OccupancyChart({ occupancy, title }: { occupancy: OccupancyChartData; title?: string }) {
  const titleId = useId()
  const { days, places, year } = occupancy
  const top = Math.max(1, places ?? 0, ...days.map((d) => d.occupied ?? 0))
  const plot = HEIGHT - TOP - BOTTOM
  const width = 366 * DAY
  // By date, not by position: a shareable chart may leave months out.
  const x = (date: string) => ((Date.parse(date) - Date.parse(`${year}-01-01`)) / DAY_MS) * DAY
  const y = (v: number) => HEIGHT - BOTTOM - (v / top) * plot
  return (
    <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${width} ${HEIGHT}`} className="column-chart occupancy-chart">
      <title id={titleId}>{title ?? defaultTitle(occupancy)}</title>
      <line x1={0} x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="chart-axis" />
      {days.map((d) => {
        const value = d.occupied ?? (d.full ? (places ?? 0) : 0)
        return <rect key={d.date} x={x(d.date)} y={y(value)} width={DAY} height={(value / top) * plot} className={d.full ? 'chart-bar chart-bar-full' : 'chart-bar'} />
      })}
      {places ? <line x1={0} x2={width} y1={y(places)} y2={y(places)} className="chart-places" /> : null}
      {days.length === 0
        ? null
        : monthShortNames.map((label, m) => (
            <text key={label} x={x(`${year}-${String(m + 1).padStart(2, '0')}-01`) + 2} y={HEIGHT - 6} className="chart-label">
              {label}
            </text>
          ))}
    </svg>
  )
}
