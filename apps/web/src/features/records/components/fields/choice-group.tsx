import type { ReactNode } from 'react'
import { FieldError } from '@/components/form/field-error'
import { describedBy, partIds } from './describe'
import { RequiredMark } from './required-mark'

interface ChoiceGroupProps {
  id: string
  label: string
  help: string | undefined
  required: boolean | undefined
  error: string | undefined
  disabled: boolean
  /** "radiogroup" for one answer (it may carry aria-invalid/-required); a plain group for several. */
  role?: 'radiogroup'
  children: ReactNode
  /** Under the options, e.g. a "Fjern valget" button. */
  after?: ReactNode
}

/**
 * A question answered with radio buttons or checkboxes: a fieldset whose legend is the
 * question, with its help and error read when the group is entered.
 */
export function ChoiceGroup({ id, label, help, required, error, disabled, role, children, after }: ChoiceGroupProps) {
  const ids = partIds(id)
  return (
    <fieldset
      id={id}
      className="field choice-group"
      role={role}
      disabled={disabled}
      aria-describedby={describedBy(help && ids.help, error && ids.error)}
      aria-required={role && required ? true : undefined}
      aria-invalid={role && error ? true : undefined}
    >
      <legend>
        {label}
        <RequiredMark required={required} />
      </legend>
      {help ? (
        <p id={ids.help} className="field-description">
          {help}
        </p>
      ) : null}
      <div className="choices">{children}</div>
      {after}
      <FieldError id={ids.error} message={error} />
    </fieldset>
  )
}
