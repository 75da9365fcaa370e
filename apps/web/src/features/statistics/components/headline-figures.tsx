import type { Dashboard } from '../api/get-dashboard'
import { describe } from '../lib/catalog'
import { headlineIds } from '../lib/headline'
import { comparable } from '../lib/comparable'
import { nationalFor } from '../lib/national'
import { periodNames } from '../lib/period-names'
import { HeadlineCard } from './headline-card'
import { UnplacedNotice } from './unplaced-notice'

/**
 * The headline figures in the BFF's order; ids the engine does not compute yet are left out, and
 * so are the capacity figures: «Kapasitet og avvisninger» shows them with the year's occupancy.
 */
export function HeadlineFigures({ dashboard }: { dashboard: Dashboard }) {
  const { current, previous, catalog, national } = dashboard
  const names = periodNames(dashboard)
  const shown = headlineIds(dashboard, (area) => area !== 'capacity')
  return (
    <section aria-labelledby="nokkeltall" className="stats-section">
      <h2 id="nokkeltall">Nøkkeltall {names.current}</h2>
      <UnplacedNotice dashboard={dashboard} />
      {shown.length === 0 ? (
        <p>Ingen nøkkeltall er beregnet ennå.</p>
      ) : (
        <div className="headline-cards">
          {shown.map((id) => {
            const indicator = current.indicators[id]!
            return (
              <HeadlineCard
                key={id}
                info={describe(catalog, id, indicator)}
                names={names}
                current={indicator}
                previous={comparable(dashboard, id) ? previous.indicators[id] : undefined}
                national={nationalFor(national, id)}
              />
            )
          })}
        </div>
      )}
    </section>
  )
}
