import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import type { Dashboard } from '../api/get-dashboard'
import { useOccupancyYear, type OccupancyYear } from '../api/get-occupancy-year'
import { describe } from '../lib/catalog'
import { comparable } from '../lib/comparable'
import { headlineIds } from '../lib/headline'
import { formatPercent, monthNames } from '../lib/format'
import { nationalFor } from '../lib/national'
import type { DashboardParams } from '../lib/params'
import { periodNames } from '../lib/period-names'
import { OccupancyChart } from '@/components/charts/occupancy-chart'
import { HeadlineCard } from './headline-card'

function MonthlyRates({ occupancy }: { occupancy: OccupancyYear }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>Beleggsprosent per måned {occupancy.year}</caption>
        <thead>
          <tr>
            <th scope="col">Måned</th>
            <th scope="col">Beleggsprosent</th>
          </tr>
        </thead>
        <tbody>
          {monthNames.map((name, i) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{formatPercent(occupancy.months[String(i + 1)] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * «Kapasitet og avvisninger» on the dashboard: the turned-away figures and how full the house
 * was, then the year's occupancy day by day with the full days marked.
 */
export function CapacitySection({ dashboard, params }: { dashboard: Dashboard; params: DashboardParams }) {
  const { current, previous, catalog, national } = dashboard
  const occupancy = useOccupancyYear({ year: params.year, offer: params.offer })
  // The card's figures are the capacity ones among the BFF's headline figures (issue 22).
  const shown = headlineIds(dashboard, (area) => area === 'capacity')
  if (shown.length === 0) return null
  return (
    <section aria-labelledby="kapasitet" className="stats-section">
      <h2 id="kapasitet">Kapasitet og avvisninger {periodNames(dashboard).current}</h2>
      <div className="headline-cards">
        {shown.map((id) => {
          const indicator = current.indicators[id]!
          return (
            <HeadlineCard
              key={id}
              info={describe(catalog, id, indicator)}
              names={periodNames(dashboard)}
              current={indicator}
              previous={comparable(dashboard, id) ? previous.indicators[id] : undefined}
              national={nationalFor(national, id)}
            />
          )
        })}
      </div>
      <h3>Belegg per dag {current.year}</h3>
      {occupancy.isPending ? (
        <LoadingStatus>Laster belegget …</LoadingStatus>
      ) : occupancy.isError ? (
        <FormAlert message={toDisplayError(occupancy.error).message} />
      ) : occupancy.data.days.length === 0 ? (
        <p>Ingen faste plasser er oppgitt i årsskjemaet for {current.year}, så belegget kan ikke regnes ut.</p>
      ) : (
        <div className="figure-body">
          <OccupancyChart occupancy={occupancy.data} />
          <MonthlyRates occupancy={occupancy.data} />
        </div>
      )}
    </section>
  )
}
