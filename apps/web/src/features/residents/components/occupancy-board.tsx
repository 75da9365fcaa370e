import { formatNorwegianDate, offerKeys } from '@ly/forms'
import { useLocation } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { SelectField } from '@/components/form/select-field'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { useOccupancy, type Occupancy } from '../api/get-occupancy'
import { householdsOf } from '../lib/board'
import { offerLabels, type OfferFilter } from '../lib/labels'
import { returnState, type ReturnState } from '@/lib/return-to'
import { BoardHousehold, UnaccompaniedChildren } from './board-household'
import { BoardSummary } from './board-summary'
import '../residents.css'

const offerOptions = [{ value: 'all', label: 'Alle' }, ...offerKeys.map((o) => ({ value: o, label: offerLabels[o] }))]

interface OccupancyBoardProps {
  offer: OfferFilter
  onOfferChange: (offer: OfferFilter) => void
}

/**
 * "Nå på senteret": the house now — how many adults and children, the free places, and each
 * adult with their children beneath, by case code (never by name), with nights so far, the
 * answers still missing and check-out one click away. Nights come from the BFF.
 */
export function OccupancyBoard({ offer, onOfferChange }: OccupancyBoardProps) {
  const occupancy = useOccupancy(offer)
  const location = useLocation()
  // The check-out step leads back here, to the same offer.
  const back = returnState(location.pathname + location.search)
  const scope = offer === 'all' ? '' : `, ${offerLabels[offer].toLowerCase()}`
  return (
    <>
      <form role="search" aria-label="Velg tilbud" className="record-filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Tilbud" options={offerOptions} selectProps={{ value: offer, onChange: (e) => onOfferChange(e.target.value as OfferFilter) }} />
      </form>
      {occupancy.isPending ? (
        <LoadingStatus>Laster hvem som bor på senteret …</LoadingStatus>
      ) : occupancy.isError ? (
        <FormAlert message={toDisplayError(occupancy.error).message} />
      ) : (
        <Board occupancy={occupancy.data} scope={scope} back={back} />
      )}
    </>
  )
}

function Board({ occupancy, scope, back }: { occupancy: Occupancy; scope: string; back: ReturnState }) {
  const { households, unaccompanied } = householdsOf(occupancy)
  return (
    <div className="board">
      <section aria-labelledby="board-now">
        <h2 id="board-now">Bor her nå{scope}</h2>
        <BoardSummary occupancy={occupancy} />
        <p className="muted">Bodøgn er regnet fram til i dag, {formatNorwegianDate(occupancy.asOf)}.</p>
      </section>
      {households.length === 0 && unaccompanied.length === 0 ? (
        <p className="lead">Ingen bor på senteret nå.</p>
      ) : (
        <section aria-labelledby="board-people">
          <h2 id="board-people">Beboere og barna deres</h2>
          {households.length === 0 ? (
            <p>Ingen voksne bor på senteret nå.</p>
          ) : (
            <ul className="board-list">
              {households.map((household) => (
                <li key={household.adult.id}>
                  <BoardHousehold household={household} back={back} />
                </li>
              ))}
            </ul>
          )}
          {unaccompanied.length > 0 ? (
            <>
              <h2>Barn uten voksen på senteret</h2>
              <UnaccompaniedChildren children={unaccompanied} back={back} />
            </>
          ) : null}
        </section>
      )}
    </div>
  )
}
