import type { Ref } from 'react'

interface ChoiceProps {
  type: 'radio' | 'checkbox'
  id: string
  name: string
  label: string
  help?: string | undefined
  checked: boolean
  invalid?: boolean
  onChange: (checked: boolean) => void
  onBlur: () => void
  inputRef?: Ref<HTMLInputElement> | undefined
}

/** One radio button or checkbox with its label (and the option's own help, if any). */
export function Choice({ type, id, name, label, help, checked, invalid, onChange, onBlur, inputRef }: ChoiceProps) {
  const helpId = `${id}-hjelp`
  return (
    <div className="choice">
      <input
        ref={inputRef}
        type={type}
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={onBlur}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={help ? helpId : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {help ? (
        <p id={helpId} className="choice-help">
          {help}
        </p>
      ) : null}
    </div>
  )
}
