import { allFields, type Condition, type FieldDef, type FormDef } from '../define-form'

export type RecordValues = Record<string, unknown>

export const isEmptyValue = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

export function evaluateCondition(condition: Condition, values: RecordValues): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, values))
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, values))
  const value = values[condition.field]
  if ('equals' in condition) return value === condition.equals
  if ('includesAny' in condition) return Array.isArray(value) && condition.includesAny.some((k) => value.includes(k))
  return isEmptyValue(value)
}

/**
 * Whether the record may hold answers beyond the bare event: with consent, or always on a form
 * without a consent question (the call log, whose answers describe no person).
 */
export const hasConsent = (form: FormDef, values: RecordValues) => form.consentField === undefined || values[form.consentField] === true

/** Consent was asked and refused: the record is a bare event. */
export const consentRefused = (form: FormDef, values: RecordValues) => form.consentField !== undefined && values[form.consentField] === false

/** A field that is asked whatever the other answers are. */
export const isAlwaysActive = (form: FormDef, field: FieldDef) => field.showIf === undefined && (field.bare === true || form.consentField === undefined)

/**
 * Whether a field is asked, given the other answers: without consent only bare fields are,
 * and skip logic hides the rest. Evaluated on already-cleared values, so a chain of
 * conditions (children → brought children → how many) collapses in one pass.
 */
export function isFieldActive(form: FormDef, field: FieldDef, values: RecordValues): boolean {
  if (!field.bare && !hasConsent(form, values)) return false
  return field.showIf === undefined || evaluateCondition(field.showIf, values)
}

/** Whether an active field must be answered now (its `requiredWhen` holding, if it has one). */
export const isRequiredNow = (field: FieldDef, values: RecordValues) => field.requiredWhen === undefined || evaluateCondition(field.requiredWhen, values)

export const emptyValue = (field: FieldDef) => (field.kind === 'multi' ? [] : null)

/** Returns the values with every inactive field emptied — what the form shows and the server stores. */
export function clearInactive<V extends RecordValues>(form: FormDef, values: V): V {
  const out: RecordValues = { ...values }
  for (const field of allFields(form)) {
    if (!isFieldActive(form, field, out)) out[field.key] = emptyValue(field)
  }
  return out as V
}

/** An empty record: what a new form starts from (consent unanswered, everything else empty). */
export function emptyRecord(form: FormDef): RecordValues {
  return Object.fromEntries(allFields(form).map((f) => [f.key, emptyValue(f)]))
}
