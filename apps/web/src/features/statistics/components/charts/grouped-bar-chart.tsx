import { scaleMax, TABLE_HINT } from '../../lib/chart-data'

export interface Series {
  key: string
  label: string
}

export interface Group {
  key: string
  label: string
  /** One value per series, in the series' order, with its written form. */
  values: readonly { value: number | null; display: string }[]
}

interface GroupedBarChartProps {
  title: string
  series: readonly Series[]
  groups: readonly Group[]
  max?: number
}

/**
 * One group of bars per category, one bar per series (Bufdir's "Sekundærinndeling"), in HTML
 * like BarChart. Series differ by colour and by their order in every group, as the legend
 * shows; the cross table beside the chart is the exact account.
 */
export function GroupedBarChart({ title, series, groups, max }: GroupedBarChartProps) {
  const top = max ?? scaleMax(groups.flatMap((g) => g.values.map((v) => v.value)))
  const legend = series.map((s) => s.label).join(', ')
  return (
    <div role="img" aria-label={`${title}. Søyler i rekkefølgen ${legend}. ${TABLE_HINT}`} className="grouped-bar-chart">
      <ul className="chart-legend">
        {series.map((s, i) => (
          <li key={s.key}>
            <span className={`swatch series-${i % 6}`} />
            {s.label}
          </li>
        ))}
      </ul>
      {groups.map((g) => (
        <div key={g.key} className="bar-group">
          <span className="bar-group-label">{g.label}</span>
          {g.values.map((v, i) => (
            <div key={series[i]?.key ?? i} className="bar-row">
              <span className="bar-track">
                <span className={`bar series-${i % 6}`} style={{ width: `${Math.min(100, ((v.value ?? 0) / top) * 100)}%` }} />
              </span>
              <span className="bar-value">{v.display}</span>
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}
