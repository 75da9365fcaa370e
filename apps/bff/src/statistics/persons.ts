import type { FirstInYearKey, FormDef } from '@ly/forms'
import { categoriesOf } from './aggregate'
import type { LoadedRecord } from './load'
import { yearPeriod, type Period } from './period'
import type { Indicator, Unit } from './types'

/**
 * Where consenting records stand as persons (decisions 1, 3 and 0037), in the order given:
 * - `persons`: the records that describe persons. A record with a case code describes its
 *   person when it is that code's earliest consenting record of the year (at its centre) not
 *   answered «nei» — staff answer «nei» when they know of a first outside the code; «ja»,
 *   «Vet ikke» and no answer leave it to the code, which counts the person once. A record
 *   without a code when staff answered «ja».
 * - `unknown`: records without a code answered «Vet ikke»: maybe a new person, maybe one already
 *   counted. Neither guessed in nor out: counted apart and shown beside the persons.
 * - `unanswered`: records without a code and no answer (older records, imported history): the
 *   dashboard names them and Kvalitetskontroll asks for the answer.
 * `records` must be in date order (as loadRecords returns them) and inside the year or period.
 * A stay that began before the year (or period, `within`) and runs into it is its person's first
 * stay there whatever was answered at check-in: one person cannot have two stays at once.
 * Inside a shorter period a record without a code counts when it answers "first in the year"
 * (decision 0026), so such a person is counted in the part of the year their first record is in.
 */
export function placeRecords(form: FormDef, records: readonly LoadedRecord[], within?: number | Period) {
  const from = within === undefined ? undefined : (typeof within === 'number' ? yearPeriod(within) : within).from
  const firstFlagField = form.firstInYearField
  if (!firstFlagField) throw new Error(`${form.key} counts events only, not persons`)
  const placed = { persons: [] as LoadedRecord[], unknown: [] as LoadedRecord[], unanswered: [] as LoadedRecord[] }
  const seen = new Set<string>()
  for (const r of consenting(form, records)) {
    const answer = r.values[firstFlagField]
    const code = r.values.case_code
    if (typeof code === 'string' && code) {
      // A case code is drawn at one centre and means nothing at another: over several centres
      // the same code is two persons, as the national statistics add up the centres' reports.
      const key = `${r.centreId ?? ''} ${code}`
      if (answer === ('no' satisfies FirstInYearKey) || seen.has(key)) continue
      seen.add(key)
      placed.persons.push(r)
    } else if ((from !== undefined && form.endDateField && String(r.values[form.dateField]) < from) || answer === ('yes' satisfies FirstInYearKey)) placed.persons.push(r)
    else if (answer === ('unknown' satisfies FirstInYearKey)) placed.unknown.push(r)
    else if (answer === null || answer === undefined) placed.unanswered.push(r)
  }
  return placed
}

/**
 * The records placeRecords leaves out of the persons — answered «Vet ikke» (`unknown`) or not
 * answered (`unanswered`) — as one count of events beside the persons figure (D-01b, P-03b):
 * the persons count is a lower bound, and this says by how many records it may be low.
 */
export function unplacedIndicator(form: FormDef, records: readonly LoadedRecord[], unit: Unit): Indicator {
  const { unknown, unanswered } = placeRecords(form, records)
  const total = unknown.length + unanswered.length
  return {
    unit,
    n: total,
    value: total,
    categories: categoriesOf(
      new Map([
        ['unknown', unknown.length],
        ['unanswered', unanswered.length],
      ]),
      total,
    ),
  }
}

/** The records that describe persons (placeRecords' `persons`). */
export const personRecords = (form: FormDef, records: readonly LoadedRecord[], within?: number | Period): LoadedRecord[] => placeRecords(form, records, within).persons

export const consenting = (form: FormDef, records: readonly LoadedRecord[]) => (form.consentField ? records.filter((r) => r.values[form.consentField!] === true) : [...records])
