import type { ReactNode } from 'react'
import { FieldError } from '@/components/form/field-error'
import { partIds } from './describe'
import { RequiredMark } from './required-mark'

interface ControlFrameProps {
  id: string
  label: string
  help: string | undefined
  required: boolean | undefined
  error: string | undefined
  disabled: boolean
  /** The control itself; it must use `id` and describe itself with the part ids it shows. */
  children: ReactNode
  /** Between the help and the control, e.g. the format hint "dd.mm.åååå". */
  hint?: ReactNode
  /** Under the control, e.g. a character count or a warning. */
  after?: ReactNode
}

/** A question answered in one control (text, number, date, select): label, help, control, error. */
export function ControlFrame({ id, label, help, required, error, disabled, children, hint, after }: ControlFrameProps) {
  const ids = partIds(id)
  return (
    <div className={disabled ? 'field field-disabled' : 'field'}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        <RequiredMark required={required} />
      </div>
      {help ? (
        <p id={ids.help} className="field-description">
          {help}
        </p>
      ) : null}
      {hint}
      {children}
      {after}
      <FieldError id={ids.error} message={error} />
    </div>
  )
}
