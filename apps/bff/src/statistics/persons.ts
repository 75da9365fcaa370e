import type { FormDef } from '@ly/forms'
import type { LoadedRecord } from './load'

/**
 * The records that describe persons (decision 1 and 3): consenting records only. A record
 * with a case code describes its person when it is that code's earliest consenting record of
 * the year (at its centre); a record without one when staff answered that it is the first in the year.
 * `records` must be in date order (as loadRecords returns them) and inside the year.
 * A stay that began before the year and runs into it is its person's first stay of the year
 * whatever was answered at check-in (that answer was about the year it began): one person
 * cannot have two stays at once.
 */
export function personRecords(form: FormDef, records: readonly LoadedRecord[], year?: number): LoadedRecord[] {
  const firstFlagField = form.firstInYearField
  if (!firstFlagField) throw new Error(`${form.key} counts events only, not persons`)
  const consenting = form.consentField ? records.filter((r) => r.values[form.consentField!] === true) : [...records]
  const seen = new Set<string>()
  return consenting.filter((r) => {
    const code = r.values.case_code
    if (typeof code === 'string' && code) {
      // A case code is drawn at one centre and means nothing at another: over several centres
      // the same code is two persons, as the national statistics add up the centres' reports.
      const key = `${r.centreId ?? ''} ${code}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    }
    if (year !== undefined && form.endDateField && String(r.values[form.dateField]) < `${year}-01-01`) return true
    return r.values[firstFlagField] === true
  })
}

export const consenting = (form: FormDef, records: readonly LoadedRecord[]) =>
  form.consentField ? records.filter((r) => r.values[form.consentField!] === true) : [...records]
