import { offerWords } from '@ly/forms'
import type { Occupancy } from '../api/get-occupancy'
import { freePlaces } from '../lib/board'

/**
 * The house at a glance: adults and children staying now and, where the annual centre form
 * gives the number of places, how many are free («Ledige plasser»).
 */
export function BoardSummary({ occupancy }: { occupancy: Occupancy }) {
  const places = freePlaces(occupancy)
  return (
    <dl className="board-summary">
      <div>
        <dt>Voksne</dt>
        <dd>{occupancy.adults.length}</dd>
      </div>
      <div>
        <dt>Barn</dt>
        <dd>{occupancy.children.length}</dd>
      </div>
      {places.map((p) => (
        <div key={p.offer}>
          <dt>Ledige plasser{places.length > 1 || occupancy.offer === 'all' ? `, tilbudet til ${offerWords[p.offer].people}` : ''}</dt>
          <dd>
            {Math.max(p.free, 0)} <span className="board-summary-note">av {p.beds}</span>
          </dd>
          <dd className="board-summary-note">
            {p.free < 0 ? `${-p.free} flere enn de faste plassene. ` : ''}
            {p.staying} bor her nå; faste sengeplasser etter årsskjemaet for {p.year}.
          </dd>
        </div>
      ))}
    </dl>
  )
}
