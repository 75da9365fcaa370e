import { useEffect } from 'react'
import { findField, type FormDef, type RecordValues } from '@ly/forms'
import type { UseFormSetValue } from 'react-hook-form'
import { fieldToDraft, type Draft } from '../lib/draft'

/**
 * Keeps answers that belong to another record (a child's consent and offer are the adult's)
 * equal to that record's while the form is open: on the check-in page the adult's answer may
 * still change. Compared by content, so a new object with the same answers changes nothing.
 */
export function useInheritedValues(form: FormDef, setValue: UseFormSetValue<Draft>, values: RecordValues | undefined): void {
  const serialised = JSON.stringify(values ?? {})
  useEffect(() => {
    for (const [key, value] of Object.entries(JSON.parse(serialised) as RecordValues)) {
      const field = findField(form, key)
      if (field) setValue(key, fieldToDraft(field, value))
    }
  }, [form, serialised, setValue])
}
