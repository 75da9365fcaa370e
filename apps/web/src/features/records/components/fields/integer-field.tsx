import type { IntegerField as IntegerFieldDef } from '@ly/forms'
import { ControlFrame } from './control-frame'
import { describedBy } from './describe'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/**
 * A whole number (age, count, year). A text input with a numeric keyboard rather than
 * type="number", which ignores a Norwegian comma, changes on the scroll wheel and hides what
 * was typed from the schema's message.
 */
export function IntegerField({ field, disabled }: RecordFieldProps<IntegerFieldDef>) {
  const { name, inputRef, onChange, onBlur, text, error, id, ids } = useRecordField(field)
  return (
    <ControlFrame id={id} label={field.label} help={field.help} required={field.required} error={error} disabled={disabled}>
      <div className="input-with-unit">
        <input
          ref={inputRef}
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input-short"
          value={text}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          aria-required={field.required ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(field.help && ids.help, field.unit && ids.unit, error && ids.error)}
        />
        {field.unit ? (
          <span id={ids.unit} className="unit">
            {field.unit}
          </span>
        ) : null}
      </div>
    </ControlFrame>
  )
}
