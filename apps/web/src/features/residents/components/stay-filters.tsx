import { SelectField } from '@/components/form/select-field'
import { RecordFiltersForm } from '@/features/records/components/record-filters-form'
import type { StatusFilter, StayFilters } from '../lib/list-filters'

const statusOptions = [
  { value: 'all', label: 'Alle' },
  { value: 'open', label: 'Pågår' },
  { value: 'closed', label: 'Avsluttet' },
]

interface StayFiltersProps {
  filters: StayFilters
  onChange: (filters: StayFilters) => void
}

/** The record list's filters (År, Tilbud, Måned, Samtykke, Saksnummer) with the stays' Status. */
export function StayFiltersForm({ filters, onChange }: StayFiltersProps) {
  return (
    <RecordFiltersForm
      label="Filtrer opphold"
      filters={filters}
      onChange={(next) => onChange({ ...next, status: filters.status })}
      extra={
        <SelectField
          label="Status"
          options={statusOptions}
          selectProps={{ value: filters.status, onChange: (e) => onChange({ ...filters, status: e.target.value as StatusFilter }) }}
        />
      }
    />
  )
}
