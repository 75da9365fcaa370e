import { screenFreeText, type TextField } from '@ly/forms'
import { ControlFrame } from './control-frame'
import { describedBy } from './describe'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/** Longer limits get a textarea; short ones a single line. */
const TEXTAREA_FROM = 100

/**
 * Free text ("annet, spesifiser"): short, with a running count, and screened as it is typed
 * (decision 2). An identifier is an error (the server refuses it too); a likely name only a
 * warning, since "Oslo" or "Bufetat" look the same to the screening.
 */
export function FreeTextField({ field, disabled }: RecordFieldProps<TextField>) {
  const { name, inputRef, onChange, onBlur, text, error, id, ids } = useRecordField(field)
  const screening = text.trim() ? screenFreeText(text) : { errors: [], warnings: [] }
  const shownError = error ?? screening.errors[0]
  const warning = screening.warnings[0]
  const props = {
    id,
    name: name,
    value: text,
    maxLength: field.maxLength,
    disabled,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur: onBlur,
    'aria-invalid': shownError ? true : undefined,
    'aria-describedby': describedBy(field.help && ids.help, ids.count, warning && ids.warning, shownError && ids.error),
  }
  return (
    <ControlFrame
      id={id}
      label={field.label}
      help={field.help}
      required={field.required}
      error={shownError}
      disabled={disabled}
      after={
        <>
          <p id={ids.count} className="field-hint">
            {text.length} av {field.maxLength} tegn
          </p>
          {warning ? (
            <p id={ids.warning} className="field-warning">
              {warning}
            </p>
          ) : null}
        </>
      }
    >
      {field.maxLength >= TEXTAREA_FROM ? <textarea ref={inputRef} rows={3} {...props} /> : <input ref={inputRef} type="text" autoComplete="off" {...props} />}
    </ControlFrame>
  )
}
