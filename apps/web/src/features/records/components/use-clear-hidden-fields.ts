import { useEffect } from 'react'
import { allFields, type FormDef } from '@ly/forms'
import type { UseFormReturn } from 'react-hook-form'
import { draftToRecord, emptyDraftValue, isEmptyDraftValue, type Draft } from '../lib/draft'
import { shownFields } from '../lib/field-states'

/**
 * Skip logic: a question that becomes hidden loses its answer (and its error) at once, so
 * showing it again starts empty and nothing stale can be sent. Consent does not hide
 * questions; refused consent disables them and the resolver leaves them out of the record.
 */
export function useClearHiddenFields<T>(form: FormDef, methods: UseFormReturn<Draft, unknown, T>): void {
  const { subscribe, setValue, clearErrors, getFieldState } = methods
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const shown = shownFields(form, draftToRecord(form, values))
          for (const field of allFields(form)) {
            if (shown.has(field.key)) continue
            if (!isEmptyDraftValue(values[field.key])) setValue(field.key, emptyDraftValue(field))
            if (getFieldState(field.key).error) clearErrors(field.key)
          }
        },
      }),
    [form, subscribe, setValue, clearErrors, getFieldState],
  )
}
