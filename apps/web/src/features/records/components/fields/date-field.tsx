import { formatNorwegianDate, parseNorwegianDate, type DateField as DateFieldDef } from '@ly/forms'
import { ControlFrame } from './control-frame'
import { describedBy } from './describe'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/**
 * A date typed the Norwegian way (dd.mm.åååå; 2.3.2026 and 2026-03-02 are understood too) and
 * stored as YYYY-MM-DD. A plain text input: the browser's date picker is slow with a keyboard
 * and shows the format of the machine's locale, not the one staff write.
 */
export function DateField({ field, disabled }: RecordFieldProps<DateFieldDef>) {
  const { name, inputRef, onChange, onBlur, text, error, id, ids } = useRecordField(field)
  return (
    <ControlFrame
      id={id}
      label={field.label}
      help={field.help}
      required={field.required}
      error={error}
      disabled={disabled}
      hint={
        <p id={ids.hint} className="field-hint">
          dd.mm.åååå
        </p>
      }
    >
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="input-date"
        value={text}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          // Shown as it will be read back: 2.3.2026 becomes 02.03.2026.
          const iso = parseNorwegianDate(text)
          if (iso && formatNorwegianDate(iso) !== text) onChange(formatNorwegianDate(iso))
          onBlur()
        }}
        aria-required={field.required ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.help && ids.help, ids.hint, error && ids.error)}
      />
    </ControlFrame>
  )
}
