import { offerLabels, statusLabels } from '../lib/labels'
import type { StayFacts } from '../lib/stay-facts'

interface StayFactsListProps {
  facts: StayFacts
  offer: unknown
  consent: unknown
}

/**
 * What the BFF derives for the saved stay: nights (so far, while it is open) and status. Nights
 * are never computed here (decision 4: one place, apps/bff/src/statistics/nights.ts).
 */
export function StayFactsList({ facts, offer, consent }: StayFactsListProps) {
  return (
    <dl className="stay-facts">
      <div>
        <dt>{facts.status === 'open' ? 'Bodøgn hittil' : 'Bodøgn'}</dt>
        <dd>{facts.nights}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>{statusLabels[facts.status]}</dd>
      </div>
      <div>
        <dt>Tilbud</dt>
        <dd>{offer === 'women' || offer === 'men' ? offerLabels[offer] : 'Ikke valgt'}</dd>
      </div>
      <div>
        <dt>Samtykke</dt>
        <dd>{consent === true ? 'Ja' : consent === false ? 'Nei (bare datoer, tilbud og saksnummer er lagret)' : 'Ikke besvart'}</dd>
      </div>
    </dl>
  )
}
