import { useId } from 'react'
import { SelectField } from '@/components/form/select-field'
import { monthNames } from '../lib/format'
import { offerLabels, partsOf, withPeriodKind, type DashboardParams, type OfferFilter, type PeriodKind } from '../lib/params'

const offerOptions = (['all', 'women', 'men'] as const).map((o) => ({ value: o, label: offerLabels[o] }))

const kindOptions: { value: PeriodKind; label: string }[] = [
  { value: 'year', label: 'Hele året' },
  { value: 'tertial', label: 'Tertial' },
  { value: 'quarter', label: 'Kvartal' },
  { value: 'month', label: 'Måned' },
  { value: 'ytd', label: 'Hittil i år' },
  { value: 'range', label: 'Fra–til' },
]

const TERTIAL_MONTHS = ['januar–april', 'mai–august', 'september–desember']
const QUARTER_MONTHS = ['januar–mars', 'april–juni', 'juli–september', 'oktober–desember']

const partLabels: Record<'tertial' | 'quarter' | 'month', { label: string; option: (part: number) => string }> = {
  tertial: { label: 'Tertial', option: (t) => `${t}. tertial (${TERTIAL_MONTHS[t - 1]})` },
  quarter: { label: 'Kvartal', option: (q) => `${q}. kvartal (${QUARTER_MONTHS[q - 1]})` },
  month: { label: 'Måned', option: (m) => monthNames[m - 1]! },
}

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

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The period (decision 0038) and the offer; a change applies at once and the figures below
 * follow, each beside the same period a year earlier.
 */
export function DashboardFilters({ params, years, onChange }: DashboardFiltersProps) {
  const id = useId()
  const { period } = params
  return (
    <form aria-label="Velg periode og tilbud" className="stats-filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField label="Periode" options={kindOptions} selectProps={{ value: period.kind, onChange: (e) => onChange(withPeriodKind(params, e.target.value as PeriodKind)) }} />
      {period.kind !== 'range' && (
        <SelectField
          label="År"
          options={yearOptions(params.year, years)}
          selectProps={{ value: String(params.year), onChange: (e) => onChange({ ...params, year: Number(e.target.value) }) }}
        />
      )}
      {(period.kind === 'tertial' || period.kind === 'quarter' || period.kind === 'month') && (
        <SelectField
          label={partLabels[period.kind].label}
          options={Array.from({ length: partsOf(period.kind) }, (_, i) => ({ value: String(i + 1), label: partLabels[period.kind].option(i + 1) }))}
          selectProps={{ value: String(period.part), onChange: (e) => onChange({ ...params, period: { kind: period.kind, part: Number(e.target.value) } }) }}
        />
      )}
      {period.kind === 'range' &&
        (['from', 'to'] as const).map((end) => (
          <div className="field" key={end}>
            <label htmlFor={`${id}-${end}`}>{end === 'from' ? 'Fra dato' : 'Til dato'}</label>
            {/* Uncontrolled, so a date half typed stays as typed (and focus stays); a whole date applies at once. */}
            <input
              id={`${id}-${end}`}
              type="date"
              defaultValue={period[end]}
              onChange={(e) => {
                const value = e.target.value
                if (!DATE.test(value)) return
                const next = { ...period, [end]: value }
                onChange({ ...params, year: Number(next.from.slice(0, 4)), period: next })
              }}
            />
          </div>
        ))}
      <SelectField label="Tilbud" options={offerOptions} selectProps={{ value: params.offer, onChange: (e) => onChange({ ...params, offer: e.target.value as OfferFilter }) }} />
    </form>
  )
}
