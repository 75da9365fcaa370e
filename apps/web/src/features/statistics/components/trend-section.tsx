import { useId } from 'react'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import type { Dashboard } from '../api/get-dashboard'
import { useTrend, type TrendPoint } from '../api/get-trend'
import { describe, type IndicatorInfo } from '../lib/catalog'
import { formatValue } from '../lib/format'
import type { DashboardParams } from '../lib/params'
import { LineChart } from './charts/line-chart'

function TrendFigure({ info, points }: { info: IndicatorInfo; points: readonly TrendPoint[] }) {
  const headingId = useId()
  const data = points.map((p) => {
    const value = p.figures[info.id] ?? null
    return { key: String(p.year), label: String(p.year), value, display: formatValue(info.kind, value) }
  })
  return (
    <section aria-labelledby={headingId} className="trend-figure">
      <h3 id={headingId}>{info.title}</h3>
      <LineChart title={`${info.title}, ${points[0]?.year ?? ''}–${points.at(-1)?.year ?? ''}`} data={data} />
    </section>
  )
}

/** The headline figures over every year with registrations: a line each, and one table of all. */
export function TrendSection({ dashboard, params }: { dashboard: Dashboard; params: DashboardParams }) {
  const trend = useTrend(params)
  const points = trend.data?.points ?? []
  const period = trend.data && 'period' in trend.data ? trend.data.period : undefined
  const infos = dashboard.headline.filter((id) => dashboard.current.indicators[id] !== undefined).map((id) => describe(dashboard.catalog, id, dashboard.current.indicators[id]!))
  return (
    <section aria-labelledby="utvikling" className="stats-section">
      <h2 id="utvikling">Utvikling over år</h2>
      {trend.isPending ? (
        <LoadingStatus>Laster utviklingen …</LoadingStatus>
      ) : trend.isError ? (
        <FormAlert message={toDisplayError(trend.error).message} />
      ) : points.length === 0 ? (
        <p>Ingen registreringer ennå.</p>
      ) : (
        <>
          {period && <p>Hvert år er regnet for de samme dagene som {period.label}.</p>}
          <div className="trend-grid">
            {infos.map((info) => (
              <TrendFigure key={info.id} info={info} points={points} />
            ))}
          </div>
          <div className="table-scroll" role="region" aria-label="Utvikling over år, tabell" tabIndex={0}>
            <table className="stats-table">
              <caption>{period ? `Nøkkeltall per år, samme dager som ${period.label}` : 'Nøkkeltall per år'}</caption>
              <thead>
                <tr>
                  <th scope="col">Nøkkeltall</th>
                  {points.map((p) => (
                    <th key={p.year} scope="col" className="numeric">
                      {p.year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {infos.map((info) => (
                  <tr key={info.id}>
                    <th scope="row">{info.title}</th>
                    {points.map((p) => (
                      <td key={p.year} className="numeric">
                        {formatValue(info.kind, p.figures[info.id] ?? null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
