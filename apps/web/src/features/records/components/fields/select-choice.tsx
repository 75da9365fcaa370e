import type { SingleField } from '@ly/forms'
import type { ChoiceOption } from '../../lib/options'
import { ControlFrame } from './control-frame'
import { describedBy } from './describe'
import type { RecordFieldState } from './use-record-field'

interface SelectChoiceProps {
  field: SingleField
  options: readonly ChoiceOption[]
  disabled: boolean
  /** The single-choice field's own state: one controller per field. */
  state: RecordFieldState
}

/** One answer from a long list, as a native select (type-ahead and arrow keys for free). */
export function SelectChoice({ field, options, disabled, state }: SelectChoiceProps) {
  const { name, inputRef, onChange, onBlur, text, error, id, ids } = state
  return (
    <ControlFrame id={id} label={field.label} help={field.help} required={field.required} error={error} disabled={disabled}>
      <select
        ref={inputRef}
        id={id}
        name={name}
        value={text}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-required={field.required ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.help && ids.help, error && ids.error)}
      >
        <option value="">{field.required ? 'Velg …' : 'Ikke besvart'}</option>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
    </ControlFrame>
  )
}
