import { useId, type ComponentProps } from 'react'
import { FieldError } from './field-error'

export interface SelectOption {
  value: string
  label: string
}

interface SelectFieldProps {
  label: string
  options: readonly SelectOption[]
  error?: string
  selectProps: ComponentProps<'select'>
}

export function SelectField({ label, options, error, selectProps }: SelectFieldProps) {
  const fallbackId = useId()
  const id = selectProps.id ?? fallbackId
  const errorId = `${id}-feil`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select {...selectProps} id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  )
}
