import type { BooleanField } from '@ly/forms'
import { FieldError } from '@/components/form/field-error'
import { describedBy } from './describe'
import { RequiredMark } from './required-mark'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/**
 * A confirmation rather than a question (e.g. "the conversation was a structured one-to-one
 * conversation"): one checkbox. Unticked is unanswered, and the schema says why it must be ticked.
 */
export function ConfirmationField({ field, disabled }: RecordFieldProps<BooleanField>) {
  const { inputRef, onChange, onBlur, text, error, id, ids } = useRecordField(field)
  return (
    <div className={disabled ? 'field field-disabled' : 'field'}>
      <div className="choice">
        <input
          ref={inputRef}
          type="checkbox"
          id={id}
          checked={text === 'true'}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked ? 'true' : '')}
          onBlur={onBlur}
          aria-required={field.required ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(field.help && ids.help, error && ids.error)}
        />
        <div className="field-label">
          <label htmlFor={id}>{field.label}</label>
          <RequiredMark required={field.required} />
        </div>
      </div>
      {field.help ? (
        <p id={ids.help} className="field-description">
          {field.help}
        </p>
      ) : null}
      <FieldError id={ids.error} message={error} />
    </div>
  )
}
