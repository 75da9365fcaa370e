import { findField, type ChoiceFieldKeyOf, type FormDef } from '@ly/forms'
import { distribution } from './aggregate'
import type { LoadedRecord } from './load'
import { consenting, personRecords } from './persons'
import type { Period } from './period'
import { staysInPeriod } from './stays'
import { eventUnit, type Indicator, type Unit } from './types'

export type Population = 'persons' | 'events'

export interface Breakdown {
  form: string
  field: string
  by: string | null
  population: Population
  total: Indicator
  /** One distribution of `field` per category of `by` (Bufdir's "Sekundærinndeling"). */
  rows: Record<string, Indicator>
}

const unitOf = (form: FormDef, population: Population): Unit => (population === 'persons' ? 'persons' : eventUnit(form.key))

/**
 * Any choice field of a form, optionally by a second choice field of the same form — derived
 * from the definitions, so every field can be broken down without a list kept by hand.
 */
export function breakdown<F extends FormDef>(
  form: F,
  loaded: readonly LoadedRecord[],
  field: ChoiceFieldKeyOf<F>,
  by: ChoiceFieldKeyOf<F> | null,
  population: Population,
  period: Period,
  asOf: string,
): Breakdown {
  // The same population as the engine's: stays with a night in the period, persons by first
  // stay (decision 0026 for a part of the year).
  const records = form.endDateField ? staysInPeriod(form, loaded, period, asOf) : loaded
  const base = population === 'persons' && form.firstInYearField ? personRecords(form, records, period) : consenting(form, records)
  const unit = unitOf(form, population)
  const rows: Record<string, Indicator> = {}
  if (by) {
    const byField = findField(form, by)
    if (!byField || !('options' in byField)) throw new Error(`${form.key}.${by} is not a choice field`)
    for (const option of byField.options) {
      const inRow = base.filter((r) => {
        const v = r.values[by]
        return Array.isArray(v) ? v.includes(option.key) : v === option.key
      })
      rows[option.key] = distribution(form, inRow, field, unit)
    }
  }
  return { form: form.key, field, by, population, total: distribution(form, base, field, unit), rows }
}
