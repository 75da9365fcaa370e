import { Link } from 'react-router'
import { offerLabels, statusLabels } from '../lib/labels'
import { factsOf, type StayFacts } from '../lib/stay-facts'

interface StaySummaryProps {
  stay: { values: { offer?: unknown; consent_to_statistics?: unknown; stay_end_date?: unknown }; derived?: StayFacts | undefined }
  /** A child's pages lead to the adult's stay. */
  adultHref?: string
  /** «Flytt ut», while the stay is open. */
  checkOutHref?: string
}

/**
 * What the BFF derives for the saved stay: nights (so far, while it is open) and status, with
 * its offer and consent. Nights are never computed here (decision 4: one place,
 * apps/bff/src/statistics/nights.ts).
 */
export function StaySummary({ stay, adultHref, checkOutHref }: StaySummaryProps) {
  const facts = factsOf(stay)
  const { offer, consent_to_statistics: consent } = stay.values
  return (
    <>
      {adultHref ? (
        <p>
          <Link to={adultHref}>Til den voksnes opphold</Link>
        </p>
      ) : null}
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
      {checkOutHref && !stay.values.stay_end_date ? (
        <div className="page-actions">
          <Link to={checkOutHref} className="button">
            Flytt ut
          </Link>
        </div>
      ) : null}
    </>
  )
}
