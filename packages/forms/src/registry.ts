import type { FormDef } from './define-form'
import { adultStayForm } from './definitions/adult-stay'
import { centreYearForm } from './definitions/centre-year'
import { childStayForm } from './definitions/child-stay'
import { dayVisitForm } from './definitions/day-visit'
import { incomingCallForm } from './definitions/incoming-call'
import { phoneSessionForm } from './definitions/phone-session'

/** Every registration form Ly knows, by its key. Later forms are added here. */
export const forms = {
  adult_stay: adultStayForm,
  child_stay: childStayForm,
  day_visit: dayVisitForm,
  phone_session: phoneSessionForm,
  incoming_call: incomingCallForm,
} as const satisfies Record<string, FormDef>

export type FormKey = keyof typeof forms

export const formByKey = (key: string): FormDef | undefined => (forms as Record<string, FormDef>)[key]

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
