import { useId, useState } from 'react'
import type { Dashboard } from '../api/get-dashboard'
import { areaOf, areas, describe, orderedIds, type AreaKey } from '../lib/catalog'
import { comparable } from '../lib/comparable'
import { nationalFor } from '../lib/national'
import { periodNames } from '../lib/period-names'
import { IndicatorFigure } from './indicator-figure'

/**
 * One area of the centre (Botilbud, Barn, Dagtilbud, Telefon, Samtykke): every indicator the
 * engine computes for it, in the catalog's order, so that new ones appear without a change here. Month series
 * have their own section. An area opens on demand (the accordion pattern): all of them at once
 * would be a page of many thousand elements that nobody reads in one go.
 */
export function AreaSection({ dashboard, area }: { dashboard: Dashboard; area: AreaKey }) {
  const [open, setOpen] = useState(false)
  const headingId = useId()
  const panelId = useId()
  const { current, previous, catalog, national } = dashboard
  const ids = orderedIds(catalog, Object.keys(current.indicators)).filter(
    (id) => areaOf(describe(catalog, id, current.indicators[id]!)) === area && !current.indicators[id]?.months,
  )
  if (ids.length === 0) return null
  const title = areas.find((a) => a.key === area)!.title
  return (
    <section aria-labelledby={headingId} className="stats-section area-section">
      <h2 id={headingId}>
        <button type="button" className="area-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {/* A glyph in the text, hidden from the name: CSS content would be read out as part of it. */}
          <span aria-hidden="true" className="area-marker">
            {open ? '▾' : '▸'}
          </span>
          {title} <span className="area-count">({ids.length} tall)</span>
        </button>
      </h2>
      <div id={panelId} hidden={!open}>
        {open &&
          ids.map((id) => {
            const indicator = current.indicators[id]!
            return (
              <IndicatorFigure
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
    </section>
  )
}
