import type { FormDef } from './define-form'
import { adultStayForm } from './definitions/adult-stay'
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
