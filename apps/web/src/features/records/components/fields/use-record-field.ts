import type { FieldDef } from '@ly/forms'
import { useController } from 'react-hook-form'
import type { Draft, DraftValue } from '../../lib/draft'
import { fieldElementId } from '../../lib/field-ids'
import { useRecordForm } from '../record-form-context'
import { partIds } from './describe'

/**
 * A field's draft value, its handlers, its error and its element ids. `inputRef` goes on the
 * control that takes focus (the first option of a group).
 */
export function useRecordField(field: FieldDef) {
  const context = useRecordForm()
  const { field: controller, fieldState } = useController<Draft>({ control: context.control, name: field.key })
  const { ref: inputRef, name, onChange, onBlur } = controller
  const value: DraftValue = controller.value
  const id = fieldElementId(context.idPrefix, field.key)
  const text = typeof value === 'string' ? value : ''
  const list = Array.isArray(value) ? value : []
  return { context, name, inputRef, onChange, onBlur, value, text, list, error: fieldState.error?.message, id, ids: partIds(id) }
}

export type RecordFieldState = ReturnType<typeof useRecordField>

export interface RecordFieldProps<T extends FieldDef> {
  field: T
  /** Disabled because consent was refused (decision 1). */
  disabled: boolean
}
