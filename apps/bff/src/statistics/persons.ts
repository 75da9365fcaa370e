import type { FormDef } from '@ly/forms'
import type { LoadedRecord } from './load'
import { yearPeriod, type Period } from './period'

/**
 * The records that describe persons (decision 1 and 3): consenting records only. A record
 * with a case code describes its person when it is that code's earliest consenting record of
 * the year (at its centre); a record without one when staff answered that it is the first in the year.
 * `records` must be in date order (as loadRecords returns them) and inside the year or period.
 * A stay that began before the year (or period, `within`) and runs into it is its person's first
 * stay there whatever was answered at check-in: one person cannot have two stays at once.
 * Inside a shorter period a record without a code counts when it answers "first in the year"
 * (decision 0026), so such a person is counted in the part of the year their first record is in.
 */
export function personRecords(form: FormDef, records: readonly LoadedRecord[], within?: number | Period): LoadedRecord[] {
  const from = within === undefined ? undefined : (typeof within === 'number' ? yearPeriod(within) : within).from
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
    if (from !== undefined && form.endDateField && String(r.values[form.dateField]) < from) return true
    return r.values[firstFlagField] === true
  })
}

export const consenting = (form: FormDef, records: readonly LoadedRecord[]) =>
  form.consentField ? records.filter((r) => r.values[form.consentField!] === true) : [...records]
