import { useId, type ComponentProps, type ReactNode } from 'react'
import { FieldError } from './field-error'

interface TextFieldProps {
  label: string
  /** Shown under the label and read with the field (e.g. password rules). */
  description?: ReactNode
  error?: string
  inputProps: ComponentProps<'input'>
}

/** A labelled input whose hint and error are tied to it, so a screen reader reads them together. */
export function TextField({ label, description, error, inputProps }: TextFieldProps) {
  const fallbackId = useId()
  const id = inputProps.id ?? fallbackId
  const descriptionId = `${id}-beskrivelse`
  const errorId = `${id}-feil`
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {description ? (
        <p id={descriptionId} className="field-description">
          {description}
        </p>
      ) : null}
      <input type="text" {...inputProps} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} />
      <FieldError id={errorId} message={error} />
    </div>
  )
}
