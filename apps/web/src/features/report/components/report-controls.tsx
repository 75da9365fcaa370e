import { SelectField } from '@/components/form/select-field'
import { yearOptions, type ReportParams, type ReportTertial, type ReportView } from '../lib/params'

const views: { value: ReportView; label: string }[] = [
  { value: 'internal', label: 'Intern (eksakte tall)' },
  { value: 'shareable', label: 'Til deling (små tall skjult)' },
]

interface ReportControlsProps {
  params: ReportParams
  onChange: (params: ReportParams) => void
}

const periods = [
  { value: '', label: 'Hele året' },
  { value: '1', label: '1. tertial (januar–april)' },
  { value: '2', label: '2. tertial (mai–august)' },
  { value: '3', label: '3. tertial (september–desember)' },
]

/** Year, the whole year or a tertial, and view; a change applies at once. */
export function ReportControls({ params, onChange }: ReportControlsProps) {
  return (
    <form aria-label="Velg år, periode og visning" className="report-controls" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label="År"
        options={yearOptions(params.year).map((y) => ({ value: String(y), label: String(y) }))}
        selectProps={{ value: String(params.year), onChange: (e) => onChange({ ...params, year: Number(e.target.value) }) }}
      />
      <SelectField
        label="Periode"
        options={periods}
        selectProps={{
          value: params.tertial ? String(params.tertial) : '',
          onChange: (e) => onChange({ ...params, tertial: e.target.value ? (Number(e.target.value) as ReportTertial) : null }),
        }}
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
