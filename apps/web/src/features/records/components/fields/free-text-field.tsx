import { screenFreeText, type TextField } from '@ly/forms'
import { ControlFrame } from './control-frame'
import { describedBy } from './describe'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/** Longer limits get a textarea; short ones a single line. */
const TEXTAREA_FROM = 100

/**
 * Free text ("annet, spesifiser"): short, with a running count, and screened as it is typed
 * (decision 2). An identifier is an error (the server refuses it too). A likely name is a
 * warning with a box to tick, since "Oslo" or "Bufetat" look the same to the screening: the text
 * is saved only once the worker has confirmed it is no person's name (issue 18; the form
 * refuses to submit until then, and the request carries `confirmLikelyName`).
 */
export function FreeTextField({ field, disabled }: RecordFieldProps<TextField>) {
  const { context, name, inputRef, onChange, onBlur, text, error, id, ids } = useRecordField(field)
  const screening = text.trim() ? screenFreeText(text) : { errors: [], warnings: [] }
  const shownError = error ?? screening.errors[0]
  const warning = screening.warnings[0]
  const confirming = warning !== undefined && context.nameNeedsConfirming(field.key, text)
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
          {confirming ? (
            <label className="field-confirm">
              <input
                type="checkbox"
                disabled={disabled}
                checked={context.confirmedNames[field.key] === text.trim()}
                onChange={(event) => context.confirmName(field.key, event.target.checked ? text.trim() : null)}
              />{' '}
              Teksten er ikke navnet på en person. Lagre den slik den står.
            </label>
          ) : null}
        </>
      }
    >
      {field.maxLength >= TEXTAREA_FROM ? <textarea ref={inputRef} rows={3} {...props} /> : <input ref={inputRef} type="text" autoComplete="off" {...props} />}
    </ControlFrame>
  )
}
