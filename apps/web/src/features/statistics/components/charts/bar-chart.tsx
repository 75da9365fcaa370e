import { scaleMax, summarise, TABLE_HINT, type Datum } from '../../lib/chart-data'

interface BarChartProps {
  /** What the chart shows; with the summary it is the chart's text alternative. */
  title: string
  data: readonly Datum[]
  /** Percentages are drawn against 100 so that bars of different charts compare. */
  max?: number
}

/**
 * Horizontal bars in HTML rather than SVG: long Norwegian category labels wrap like text, and
 * the chart grows with the page. To assistive technology it is one image with a summary; the
 * table beside it holds the numbers.
 */
export function BarChart({ title, data, max }: BarChartProps) {
  const top = max ?? scaleMax(data.map((d) => d.value))
  return (
    <div role="img" aria-label={`${title}. ${summarise(data)}${TABLE_HINT}`} className="bar-chart">
      {data.map((d) => (
        <div key={d.key} className="bar-row">
          <span className="bar-label">{d.label}</span>
          <span className="bar-track">
            <span className="bar" style={{ width: `${Math.min(100, ((d.value ?? 0) / top) * 100)}%` }} />
          </span>
          <span className="bar-value">{d.display}</span>
        </div>
      ))}
    </div>
  )
}
