import { useId } from 'react'
import { scaleMax, summarise, TABLE_HINT, type Datum } from '../../lib/chart-data'

const MIN_STEP = 56
const MIN_WIDTH = 280
const SIDE = 32
const HEIGHT = 160
const TOP = 24
const BOTTOM = 26

/** A line through a series in time order (years); a missing year breaks the line. */
export function LineChart({ title, data }: { title: string; data: readonly Datum[] }) {
  const titleId = useId()
  const top = scaleMax(data.map((d) => d.value))
  const plot = HEIGHT - TOP - BOTTOM
  // A short series (two years) is spread over a readable width rather than squeezed together.
  const step = data.length > 1 ? Math.max(MIN_STEP, (MIN_WIDTH - SIDE * 2) / (data.length - 1)) : 0
  const width = Math.max(MIN_WIDTH, SIDE * 2 + (data.length - 1) * step)
  const at = (i: number, v: number) => ({ x: data.length > 1 ? SIDE + i * step : width / 2, y: HEIGHT - BOTTOM - (v / top) * plot })
  // Runs of consecutive known values, each drawn as one polyline; a missing year starts a new run.
  let run: { x: number; y: number }[] = []
  const runs = [run]
  data.forEach((d, i) => {
    if (d.value !== null) run.push(at(i, d.value))
    else runs.push((run = []))
  })
  return (
    <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${width} ${HEIGHT}`} className="line-chart" style={{ maxWidth: `${width * 1.25}px` }}>
      <title id={titleId}>{`${title}. ${summarise(data)}${TABLE_HINT}`}</title>
      <line x1={0} x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="chart-axis" />
      {runs
        .filter((r) => r.length > 1)
        .map((r) => (
          <polyline key={`${r[0]!.x}`} points={r.map((p) => `${p.x},${p.y}`).join(' ')} className="chart-line" />
        ))}
      {data.map((d, i) => {
        const p = at(i, d.value ?? 0)
        return (
          <g key={d.key}>
            {d.value !== null && <circle cx={p.x} cy={p.y} r={4} className="chart-point" />}
            <text x={p.x} y={d.value === null ? HEIGHT - BOTTOM - 6 : p.y - 9} textAnchor="middle" className="chart-value">
              {d.display}
            </text>
            <text x={p.x} y={HEIGHT - 8} textAnchor="middle" className="chart-label">
              {d.label}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
