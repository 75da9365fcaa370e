import { useId } from 'react'
import { formByKey } from '@ly/forms'
import { SelectField } from '@/components/form/select-field'
import type { Population } from '../api/get-breakdown'
import { breakdownForms, choiceFields, countsPersons, startOf, type BreakdownChoice } from '../lib/breakdown'

interface BreakdownFormProps {
  choice: BreakdownChoice
  onChange: (choice: BreakdownChoice) => void
}

/** Which form, which question ("Hovedinndeling"), by which second question, and what is counted. */
export function BreakdownForm({ choice, onChange }: BreakdownFormProps) {
  const populationName = useId()
  const form = formByKey(choice.form)!
  const fields = choiceFields(form)
  const fieldOptions = fields.map((f) => ({ value: f.key, label: f.label }))
  const byOptions = [{ value: '', label: 'Ingen' }, ...fieldOptions.filter((o) => o.value !== choice.field)]
  const populations: { value: Population; label: string; disabled: boolean }[] = [
    { value: 'persons', label: 'Personer (første registrering i året)', disabled: !countsPersons(form) },
    { value: 'events', label: `Hendelser (alle ${form.unit.plural})`, disabled: false },
  ]
  return (
    <form aria-label="Velg krysstabell" className="stats-filters breakdown-form" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label="Skjema"
        options={breakdownForms.map((f) => ({ value: f.key, label: f.title }))}
        selectProps={{ value: choice.form, onChange: (e) => onChange(startOf(e.target.value)) }}
      />
      <SelectField
        label="Hovedinndeling"
        options={fieldOptions}
        selectProps={{
          value: choice.field,
          onChange: (e) => onChange({ ...choice, field: e.target.value, by: choice.by === e.target.value ? '' : choice.by }),
        }}
      />
      <SelectField label="Sekundærinndeling" options={byOptions} selectProps={{ value: choice.by, onChange: (e) => onChange({ ...choice, by: e.target.value }) }} />
      <fieldset className="field radio-group">
        <legend>Telles som</legend>
        {populations.map((p) => (
          <label key={p.value}>
            <input
              type="radio"
              name={populationName}
              value={p.value}
              checked={choice.population === p.value}
              disabled={p.disabled}
              onChange={() => onChange({ ...choice, population: p.value })}
            />{' '}
            {p.label}
          </label>
        ))}
      </fieldset>
    </form>
  )
}
