import { formatNorwegianDate } from '@ly/forms'
import { FormAlert } from '@/components/form/form-alert'
import { SelectField } from '@/components/form/select-field'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { useOccupancy } from '../api/get-occupancy'
import { offerLabels, type OfferFilter } from '../lib/labels'
import { OccupancyTable } from './occupancy-table'
import '../residents.css'

const offerOptions = [{ value: 'all', label: 'Alle' }, ...(['women', 'men'] as const).map((o) => ({ value: o, label: offerLabels[o] }))]

interface OccupancyBoardProps {
  offer: OfferFilter
  onOfferChange: (offer: OfferFilter) => void
}

/**
 * "Nå på senteret": everyone staying now, adults and children apart, by case code — never by
 * name — with nights so far and what their forms still miss. Nights come from the BFF.
 */
export function OccupancyBoard({ offer, onOfferChange }: OccupancyBoardProps) {
  const occupancy = useOccupancy(offer)
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
        <div className="board">
          <p>Bodøgn er regnet fram til i dag, {formatNorwegianDate(occupancy.data.asOf)}.</p>
          <OccupancyTable
            caption={`Voksne på senteret${scope} (${occupancy.data.adults.length})`}
            entries={occupancy.data.adults}
            empty="Ingen voksne bor på senteret nå."
          />
          <OccupancyTable
            caption={`Barn på senteret${scope} (${occupancy.data.children.length})`}
            entries={occupancy.data.children}
            empty="Ingen barn bor på senteret nå."
          />
        </div>
      )}
    </>
  )
}
