import '../year-locks.css'
import { yearOf, type FormDef, type RecordValues } from '@ly/forms'
import { useLockedYears } from '../api/year-locks'

/**
 * The locked years a saved record belongs to (decision 0007): its date's year, or a stay's years
 * from check-in to check-out. An open stay's check-out stays possible (`checkOutOnly`): the BFF
 * then refuses only a check-out dated in a locked year.
 */
export function useRecordLockedYears(form: FormDef, values: RecordValues | null, checkOutOnly = false): number[] {
  const locked = useLockedYears()
  if (!values || locked.size === 0) return []
  const start = yearOf(values[form.dateField])
  if (start === null) return []
  const endValue = form.endDateField ? values[form.endDateField] : values[form.dateField]
  if (checkOutOnly && form.endDateField && !endValue) return []
  const end = yearOf(endValue) ?? start
  return [...locked].filter((y) => y >= start && y <= end).sort()
}

/** The "låst" mark over a record of a finalised year; its fields are shown but cannot change. */
export function YearLockedNotice({ years }: { years: readonly number[] }) {
  if (years.length === 0) return null
  return (
    <p className="alert year-locked-notice">
      <span className="badge badge-locked">Låst</span> Året {years.join(' og ')} er ferdigstilt. En leder må åpne det igjen (Årslås) før registreringen kan endres.
    </p>
  )
}
