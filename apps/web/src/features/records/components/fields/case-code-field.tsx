import { normaliseCaseCode, type CaseCodeField as CaseCodeFieldDef } from '@ly/forms'
import { ControlFrame } from './control-frame'
import { describedBy } from './describe'
import { useCaseCodeFeedback } from './use-case-code-feedback'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/** The optional case code (decision 3), with "Lag nytt saksnummer" and pre-filling from a known code. */
export function CaseCodeField({ field, disabled }: RecordFieldProps<CaseCodeFieldDef>) {
  const { name, inputRef, onChange, onBlur, text, error, id, ids } = useRecordField(field)
  const { feedback, create, creating, lookUp, fillIn } = useCaseCodeFeedback(onChange)
  const code = normaliseCaseCode(text)
  // Feedback belongs to the code it was about; typing another code hides it.
  const current = feedback && (feedback.code === code || feedback.code === '') ? feedback : null
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
            <button type="button" className="button button-small" aria-disabled={creating || disabled || undefined} onClick={() => void create()}>
              Lag nytt saksnummer
            </button>
            {current?.earlier && !disabled ? (
              <button type="button" className="button button-small" onClick={() => current.earlier && fillIn(current.code, current.earlier)}>
                Fyll inn svar fra forrige registrering
              </button>
            ) : null}
          </div>
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
