import { useEffect, useRef, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { CASE_CODE_FORMAT, normaliseCaseCode, type CaseCodeField as CaseCodeFieldDef } from '@ly/forms'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { useRecordForm } from '../record-form-context'
import { ControlFrame } from './control-frame'
import { describedBy } from './describe'
import { useCaseCodeFeedback } from './use-case-code-feedback'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/** How long typing must pause before a complete code is looked up. */
const LOOKUP_DELAY_MS = 400

/**
 * The optional case code (decision 3), with "Lag nytt saksnummer" and pre-filling from a known
 * code. A complete code is looked up as it is typed (after a short pause), and a new code never
 * replaces a typed one without asking — Tab from the field lands on the button, and a stray
 * Space there must not silently swap the person's code.
 */
export function CaseCodeField({ field, disabled }: RecordFieldProps<CaseCodeFieldDef>) {
  const { name, inputRef, onChange, onBlur, text, error, id, ids } = useRecordField(field)
  const { feedback, create, creating, lookUp, fillIn } = useCaseCodeFeedback(onChange)
  const code = normaliseCaseCode(text)
  // Feedback belongs to the code it was about; typing another code hides it.
  const current = feedback && (feedback.code === code || feedback.code === '') ? feedback : null
  const [confirmReplace, setConfirmReplace] = useState(false)
  const latestLookUp = useRef(lookUp)
  useEffect(() => {
    latestLookUp.current = lookUp
  })
  // The form's date decides whose first in the year this is: a new date looks the code up again.
  const { form, control } = useRecordForm()
  const date = useWatch({ control, name: form.dateField })
  useEffect(() => {
    if (disabled || !CASE_CODE_FORMAT.test(code)) return
    const timer = setTimeout(() => void latestLookUp.current(code), LOOKUP_DELAY_MS)
    return () => clearTimeout(timer)
  }, [code, date, disabled])
  return (
    <ControlFrame
      id={id}
      label={field.label}
      help={field.help}
      required={field.required}
      error={error}
      disabled={disabled}
      after={
        <>
          <div className="field-actions">
            <button
              type="button"
              className="button button-small"
              aria-disabled={creating || disabled || undefined}
              onClick={() => (code === '' ? void create() : setConfirmReplace(true))}
            >
              Lag nytt saksnummer
            </button>
            {current?.earlier && !disabled ? (
              <button type="button" className="button button-small" onClick={() => current.earlier && fillIn(current.code, current.earlier)}>
                Fyll inn svar fra tidligere registreringer
              </button>
            ) : null}
          </div>
          {confirmReplace ? (
            <ConfirmDialog
              title="Erstatte saksnummeret?"
              confirmLabel="Ja, lag et nytt saksnummer"
              cancelLabel="Behold saksnummeret"
              onConfirm={create}
              onClose={() => setConfirmReplace(false)}
            >
              <p>Feltet har allerede saksnummeret {code}. Et nytt saksnummer erstatter det i dette skjemaet.</p>
            </ConfirmDialog>
          ) : null}
          {/* Always present, so what happens after a click or leaving the field is announced. */}
          <p role="status" className={current?.tone === 'warning' ? 'field-warning' : 'field-status'}>
            {current?.text ?? ''}
          </p>
        </>
      }
    >
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="text"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="input-code"
        value={text}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          if (code !== text) onChange(code)
          onBlur()
          void lookUp(code)
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.help && ids.help, error && ids.error)}
      />
    </ControlFrame>
  )
}
