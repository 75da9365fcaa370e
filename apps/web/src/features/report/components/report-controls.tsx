import { SelectField } from '@/components/form/select-field'
import { yearOptions, type ReportParams, type ReportView } from '../lib/params'

const views: { value: ReportView; label: string }[] = [
  { value: 'internal', label: 'Intern (eksakte tall)' },
  { value: 'shareable', label: 'Til deling (små tall skjult)' },
]

interface ReportControlsProps {
  params: ReportParams
  onChange: (params: ReportParams) => void
}

/** Year and view; a change applies at once. */
export function ReportControls({ params, onChange }: ReportControlsProps) {
  return (
    <form aria-label="Velg år og visning" className="report-controls" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label="År"
        options={yearOptions(params.year).map((y) => ({ value: String(y), label: String(y) }))}
        selectProps={{ value: String(params.year), onChange: (e) => onChange({ ...params, year: Number(e.target.value) }) }}
      />
      <fieldset className="report-view-toggle">
        <legend>Visning</legend>
        {views.map((v) => (
          <label key={v.value}>
            <input type="radio" name="visning" value={v.value} checked={params.view === v.value} onChange={() => onChange({ ...params, view: v.value })} />
            {v.label}
          </label>
        ))}
      </fieldset>
    </form>
  )
}
