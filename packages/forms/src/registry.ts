import type { ChoiceFieldKeyOf, FieldKeyOf, FormDef, OptionKeyIn } from './define-form'
import { adultStayForm } from './definitions/adult-stay'
import { centreYearForm } from './definitions/centre-year'
import { childStayForm } from './definitions/child-stay'
import { dayVisitForm } from './definitions/day-visit'
import { incomingCallForm } from './definitions/incoming-call'
import { phoneSessionForm } from './definitions/phone-session'
import { turnedAwayForm } from './definitions/turned-away'

/** Every registration form Ly knows, by its key. Later forms are added here. */
export const forms = {
  adult_stay: adultStayForm,
  child_stay: childStayForm,
  day_visit: dayVisitForm,
  phone_session: phoneSessionForm,
  incoming_call: incomingCallForm,
  turned_away: turnedAwayForm,
} as const satisfies Record<string, FormDef>

export type FormKey = keyof typeof forms

/** By a key from a request: own keys only, so `__proto__` or `toString` is no form (issue 19). */
export const formByKey = (key: string): FormDef | undefined => (Object.hasOwn(forms, key) ? (forms as Record<string, FormDef>)[key] : undefined)

/**
 * Forms about the centre itself rather than about persons and events (the annual centre form).
 * Kept apart from `forms`, which statistics, the interchange files, demo data and the report's
 * "first year in Ly" iterate: a centre's yearly answers are none of those. The drift test and
 * the generic record storage treat them like any form.
 */
export const centreForms = {
  centre_year: centreYearForm,
} as const satisfies Record<string, FormDef>

/** Every definition with a table: registrations and centre forms (the drift test, backups). */
export const allFormDefs = (): FormDef[] => [...(Object.values(forms) as FormDef[]), ...(Object.values(centreForms) as FormDef[])]

/** Any definition with a table, as its literal type: what the database layer types its tables from. */
export type RegisteredForm = (typeof forms)[FormKey] | (typeof centreForms)[keyof typeof centreForms]

type FormsByKey = typeof forms & typeof centreForms

/** The key of any definition with a table (registrations and centre forms). */
export type AnyFormKey = keyof FormsByKey

/** A registered form's definition by its key, as its literal type. */
export type FormOf<K extends AnyFormKey> = FormsByKey[K]

/** A question of a registered form: `FieldKey<'adult_stay'>`. */
export type FieldKey<K extends AnyFormKey> = FieldKeyOf<FormOf<K>>

/** A choice question of a registered form: `ChoiceFieldKey<'adult_stay'>`. */
export type ChoiceFieldKey<K extends AnyFormKey> = ChoiceFieldKeyOf<FormOf<K>>

/** An option of a question, by the form's key: `OptionKey<'adult_stay', 'violence_types'>` (issue 20). */
export type OptionKey<K extends AnyFormKey, Field extends ChoiceFieldKey<K>> = OptionKeyIn<FormOf<K>, Field>

const registered = new Map<string, RegisteredForm>([...Object.values(forms), ...Object.values(centreForms)].map((f) => [f.key, f]))

/**
 * The registry's own definition of `form`, typed as declared, so code written for «any form»
 * reaches its table through the database's types. A definition the registry does not hold
 * (or holds with another table) has no table to reach: that is a programming error.
 */
export function registeredForm(form: FormDef): RegisteredForm {
  const found = registered.get(form.key)
  if (found?.table !== form.table) throw new Error(`No registered form ${form.key} with table ${form.table}`)
  return found
}
