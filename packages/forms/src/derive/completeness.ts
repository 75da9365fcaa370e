import type { FormDef } from '../define-form'
import { clearInactive, isEmptyValue, isFieldActive, isRequiredNow, type RecordValues } from './visibility'

export interface MissingAnswer {
  key: string
  label: string
}

/** Whether a record with an end date is still open (the person is staying now). */
export const isOpenRecord = (form: FormDef, values: RecordValues) => form.endDateField !== undefined && isEmptyValue(values[form.endDateField])

/**
 * The `requiredAtCheckOut` questions still unanswered, in form order: what the form and the
 * "Nå på senteret" board show as missing. Only questions that apply count (skip logic and
 * consent: a bare event misses nothing). While a stay is open, check-out questions are not yet
 * missing — they cannot be answered before the person leaves.
 */
export function missingAnswers(form: FormDef, values: RecordValues): MissingAnswer[] {
  const cleared = clearInactive(form, values)
  const open = isOpenRecord(form, values)
  return form.sections
    .filter((section) => !(open && section.phase === 'check_out'))
    .flatMap((section) => section.fields)
    .filter((field) => field.requiredAtCheckOut && isFieldActive(form, field, cleared) && isRequiredNow(field, cleared) && isEmptyValue(cleared[field.key]))
    .map((field) => ({ key: field.key, label: field.label }))
}

export type RecordCompleteness = 'open' | 'incomplete' | 'complete'

/** Open while the person stays; after check-out incomplete until nothing is missing. */
export function recordCompleteness(form: FormDef, values: RecordValues): RecordCompleteness {
  if (isOpenRecord(form, values)) return 'open'
  return missingAnswers(form, values).length > 0 ? 'incomplete' : 'complete'
}
