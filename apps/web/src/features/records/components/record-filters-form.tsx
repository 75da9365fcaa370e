import { offerKeys } from '@ly/forms'
import type { ReactNode } from 'react'
import { SelectField } from '@/components/form/select-field'
import { TextField } from '@/components/form/text-field'
import { monthNames, offerLabels } from '../lib/labels'
import { currentYear, type ConsentFilter, type OfferFilter, type RecordFilters } from '../lib/list-filters'

const YEARS_BACK = 10

const offerOptions = [{ value: 'all', label: 'Alle' }, ...offerKeys.map((o) => ({ value: o, label: offerLabels[o] }))]
const monthOptions = [{ value: '', label: 'Alle' }, ...monthNames.map((name, i) => ({ value: String(i + 1), label: name }))]
const consentOptions = [
  { value: 'all', label: 'Alle' },
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nei' },
]

function yearOptions(selected: number) {
  const latest = currentYear()
  const years = Array.from({ length: YEARS_BACK }, (_, i) => latest - i)
  if (!years.includes(selected)) years.push(selected)
  return years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }))
}

interface RecordFiltersFormProps {
  /** The search landmark's name, e.g. "Filtrer dagbesøk". */
  label: string
  filters: RecordFilters
  onChange: (filters: RecordFilters) => void
  /** Forms without a consent question or case code (the duty-phone log) leave those filters out. */
  consent?: boolean
  caseCode?: boolean
  /** Filters a form adds after the month (a stay list's "Status"); they apply themselves. */
  extra?: ReactNode
}

/**
 * A record list's filters. A select applies at once (the list below updates; nothing else
 * moves); the case code applies on Enter or "Søk", so the list does not reload at every letter.
 */
export function RecordFiltersForm({ label, filters, onChange, consent = true, caseCode = true, extra }: RecordFiltersFormProps) {
  return (
    <form
      role="search"
      aria-label={label}
      className="record-filters"
      onSubmit={(event) => {
        event.preventDefault()
        const code = new FormData(event.currentTarget).get('case_code')
        onChange({ ...filters, caseCode: typeof code === 'string' ? code.trim() : '' })
      }}
    >
      <SelectField
        label="År"
        options={yearOptions(filters.year)}
        selectProps={{ value: String(filters.year), onChange: (e) => onChange({ ...filters, year: Number(e.target.value) }) }}
      />
      <SelectField label="Tilbud" options={offerOptions} selectProps={{ value: filters.offer, onChange: (e) => onChange({ ...filters, offer: e.target.value as OfferFilter }) }} />
      <SelectField
        label="Måned"
        options={monthOptions}
        selectProps={{
          value: filters.month === null ? '' : String(filters.month),
          onChange: (e) => onChange({ ...filters, month: e.target.value ? Number(e.target.value) : null }),
        }}
      />
      {extra}
      {consent ? (
        <SelectField
          label="Samtykke"
          options={consentOptions}
          selectProps={{ value: filters.consent, onChange: (e) => onChange({ ...filters, consent: e.target.value as ConsentFilter }) }}
        />
      ) : null}
      {caseCode ? (
        <>
          <TextField
            key={filters.caseCode}
            label="Saksnummer"
            inputProps={{ name: 'case_code', defaultValue: filters.caseCode, autoComplete: 'off', spellCheck: false, maxLength: 16 }}
          />
          <button type="submit" className="button">
            Søk
          </button>
        </>
      ) : null}
    </form>
  )
}
