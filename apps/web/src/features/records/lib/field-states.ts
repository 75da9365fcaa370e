import { allFields, emptyValue, isFieldActive, type FormDef, type RecordValues } from '@ly/forms'

/** Consent was asked and answered "nei": the record is a bare event (decision 1). */
export const isConsentRefused = (form: FormDef, values: RecordValues) => form.consentField !== undefined && values[form.consentField] === false

/**
 * The fields skip logic shows, whatever the consent answer: evaluated as `clearInactive` does
 * (in definition order, on already-cleared values, so chains collapse) but with consent taken
 * as given — without consent the other questions are disabled, not hidden.
 */
export function shownFields(form: FormDef, values: RecordValues): Set<string> {
  const out: RecordValues = form.consentField ? { ...values, [form.consentField]: true } : { ...values }
  const shown = new Set<string>()
  for (const field of allFields(form)) {
    if (isFieldActive(form, field, out)) shown.add(field.key)
    else out[field.key] = emptyValue(field)
  }
  return shown
}
