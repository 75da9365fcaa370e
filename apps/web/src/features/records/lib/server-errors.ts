import { findField, type FormDef } from '@ly/forms'
import type { UseFormSetError } from 'react-hook-form'
import { toDisplayError } from '@/lib/api-error'
import type { Draft } from './draft'

/**
 * Puts a failed save's messages where the user looks: each 422 issue beside its field (keys
 * are the definition's, so they map one to one), anything else — a conflict, a lost
 * connection, an issue about a field not on screen — in the form's alert. Returns the fields
 * that got an error, for the error summary.
 */
export function showServerErrors(error: unknown, form: FormDef, shown: ReadonlySet<string>, setError: UseFormSetError<Draft>): string[] {
  const apiError = toDisplayError(error)
  const fieldKeys: string[] = []
  const elsewhere: string[] = []
  for (const issue of apiError.issues) {
    const field = findField(form, issue.path)
    if (field && shown.has(field.key)) {
      if (!fieldKeys.includes(field.key)) setError(field.key, { type: 'server', message: issue.message })
      fieldKeys.push(field.key)
    } else {
      elsewhere.push(field ? `${field.label}: ${issue.message}` : issue.message)
    }
  }
  if (fieldKeys.length === 0 || elsewhere.length > 0) {
    setError('root.server', { type: 'server', message: [apiError.message, ...elsewhere].join(' ') })
  }
  return orderedKeys(form, fieldKeys)
}

/** Field keys in the order the form shows them, each once. */
export function orderedKeys(form: FormDef, keys: Iterable<string>): string[] {
  const wanted = new Set(keys)
  return form.sections.flatMap((s) => s.fields.map((f) => f.key)).filter((key) => wanted.has(key))
}
