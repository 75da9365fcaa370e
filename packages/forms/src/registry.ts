import type { FormDef } from './define-form'
import { dayVisitForm } from './definitions/day-visit'

/** Every registration form Ly knows, by its key. Later forms are added here. */
export const forms = {
  day_visit: dayVisitForm,
} as const satisfies Record<string, FormDef>

export type FormKey = keyof typeof forms

export const formByKey = (key: string): FormDef | undefined => (forms as Record<string, FormDef>)[key]
