import { SelectField } from '@/components/form/select-field'
import { offerLabels, type DashboardParams, type OfferFilter } from '../lib/params'

const offerOptions = (['all', 'women', 'men'] as const).map((o) => ({ value: o, label: offerLabels[o] }))

/** Every year with registrations, and the chosen one even if it has none; newest first. */
function yearOptions(selected: number, years: { first: number; last: number } | null) {
  const from = Math.min(years?.first ?? selected, selected)
  const to = Math.max(years?.last ?? selected, selected)
  return Array.from({ length: to - from + 1 }, (_, i) => to - i).map((y) => ({ value: String(y), label: String(y) }))
}

interface DashboardFiltersProps {
  params: DashboardParams
  years: { first: number; last: number } | null
  onChange: (params: DashboardParams) => void
}

/** Year and offer; a change applies at once and the figures below follow. */
export function DashboardFilters({ params, years, onChange }: DashboardFiltersProps) {
  return (
    <form aria-label="Velg år og tilbud" className="stats-filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label="År"
        options={yearOptions(params.year, years)}
        selectProps={{ value: String(params.year), onChange: (e) => onChange({ ...params, year: Number(e.target.value) }) }}
      />
      <SelectField
        label="Tilbud"
        options={offerOptions}
        selectProps={{ value: params.offer, onChange: (e) => onChange({ ...params, offer: e.target.value as OfferFilter }) }}
      />
    </form>
  )
}
