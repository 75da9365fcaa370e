import { SelectField } from '@/components/form/select-field'
import { centreYearOptions, offerLabels, type CentreOffer, type CentreYearParams } from '../lib/params'

interface CentreYearControlsProps {
  params: CentreYearParams
  onChange: (params: CentreYearParams) => void
}

/** Which form: the year and the offer. A change applies at once (the form below is replaced). */
export function CentreYearControls({ params, onChange }: CentreYearControlsProps) {
  return (
    <form aria-label="Velg år og tilbud" className="report-controls" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label="År"
        options={centreYearOptions().map((y) => ({ value: String(y), label: String(y) }))}
        selectProps={{ value: String(params.year), onChange: (e) => onChange({ ...params, year: Number(e.target.value) }) }}
      />
      <fieldset className="report-view-toggle">
        <legend>Tilbud</legend>
        {(Object.keys(offerLabels) as CentreOffer[]).map((offer) => (
          <label key={offer}>
            <input type="radio" name="tilbud" value={offer} checked={params.offer === offer} onChange={() => onChange({ ...params, offer })} />
            {offerLabels[offer]}
          </label>
        ))}
      </fieldset>
    </form>
  )
}
