import { findField, type FormDef } from '@ly/forms'
import type { FieldErrors } from 'react-hook-form'
import type { Draft } from './draft'

/**
 * One sentence naming errors on fields the form holds but does not show (a stay's check-in
 * answers on the check-out step): they cannot be linked to, yet must not pass silently.
 */
export function hiddenErrorsMessage(form: FormDef, errors: FieldErrors<Draft>, visible: ReadonlySet<string>): string | null {
  const parts = Object.keys(errors).flatMap((key) => {
    const field = findField(form, key)
    const message = errors[key]?.message
    return field && !visible.has(key) && typeof message === 'string' ? [`${field.label}: ${message}`] : []
  })
  return parts.length > 0 ? `Rett også svar som ikke vises her: ${parts.join(' ')}` : null
}
