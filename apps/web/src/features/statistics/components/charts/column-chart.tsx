import { useId } from 'react'
import { scaleMax, summarise, TABLE_HINT, type Datum } from '../../lib/chart-data'

const COLUMN = 44
const GAP = 10
const HEIGHT = 200
const TOP = 22
const BOTTOM = 26

/** Vertical columns for a series in time order (months, years), values written above them. */
export function ColumnChart({ title, data }: { title: string; data: readonly Datum[] }) {
  const titleId = useId()
  const top = scaleMax(data.map((d) => d.value))
  const plot = HEIGHT - TOP - BOTTOM
  const width = data.length * (COLUMN + GAP) + GAP
  return (
    <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${width} ${HEIGHT}`} className="column-chart" style={{ maxWidth: `${width * 1.25}px` }}>
      <title id={titleId}>{`${title}. ${summarise(data)}${TABLE_HINT}`}</title>
      <line x1={0} x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="chart-axis" />
      {data.map((d, i) => {
        const h = ((d.value ?? 0) / top) * plot
        const x = GAP + i * (COLUMN + GAP)
        const y = HEIGHT - BOTTOM - h
        return (
          <g key={d.key}>
            <rect x={x} y={y} width={COLUMN} height={h} className="chart-bar" />
            <text x={x + COLUMN / 2} y={y - 6} textAnchor="middle" className="chart-value">
              {d.display}
            </text>
            <text x={x + COLUMN / 2} y={HEIGHT - 8} textAnchor="middle" className="chart-label">
              {d.label}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
