import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { FieldError } from '@/components/form/field-error'
import { FormAlert } from '@/components/form/form-alert'
import { confirmedName, LikelyNameConfirm } from '@/components/form/likely-name-confirm'
import { showRequestError } from '@/lib/forms'

interface ReasonDialogProps {
  title: string
  /** What the reason is about, above the field. */
  children?: ReactNode
  /** The field's label: the question the reason answers. */
  label: string
  /** Said when the field is left empty. */
  required: string
  max: number
  submitLabel: string
  /** Does the work with the trimmed reason (and the likely-name confirmation); throws the server's error. */
  onSubmit: (reason: string, confirmation: { confirmLikelyName?: true }) => Promise<void>
  /** Called whenever the dialog closes: done, «Avbryt» or Escape. */
  onClose: () => void
}

/**
 * An action that needs a short reason (reopening a year, marking a finding checked): a native
 * modal dialog, which traps focus and returns it to the button that opened it, with one screened
 * free-text field — no names or other personal data, a likely name confirmed first.
 */
export function ReasonDialog({ title, children, label, required, max, submitLabel, onSubmit, onClose }: ReasonDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const fieldId = useId()
  const [done, setDone] = useState(false)
  const schema = useMemo(() => z.object({ reason: z.string().trim().min(1, required).max(max, `Begrunnelsen kan ha høyst ${max} tegn.`) }), [required, max])
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(schema), defaultValues: { reason: '' } })
  const typed = useWatch({ control, name: 'reason' })
  const [confirmed, setConfirmed] = useState<string | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  // Closed once done: closing returns focus to the button that opened the dialog.
  useEffect(() => {
    if (done) dialogRef.current?.close()
  }, [done])

  const submit = handleSubmit(async ({ reason }) => {
    try {
      // The schema trims the reason; the confirmation is of the text as typed.
      await onSubmit(reason, confirmedName(typed, confirmed))
      setDone(true)
    } catch (error) {
      showRequestError(error, setError, ['reason'])
    }
  })

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} onClose={onClose} className="dialog">
      <h2 id={titleId}>{title}</h2>
      {children}
      <form noValidate onSubmit={(e) => void (isSubmitting ? e.preventDefault() : submit(e))} className="form">
        <FormAlert message={errors.root?.server?.message} />
        <div className="field">
          <label htmlFor={fieldId}>{label}</label>
          <p id={`${fieldId}-beskrivelse`} className="field-description">
            Høyst {max} tegn. Ikke skriv navn eller andre personopplysninger.
          </p>
          <textarea
            id={fieldId}
            rows={3}
            {...register('reason')}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={`${fieldId}-beskrivelse${errors.reason ? ` ${fieldId}-feil` : ''}`}
          />
          <FieldError id={`${fieldId}-feil`} message={errors.reason?.message} />
          <LikelyNameConfirm text={typed} confirmed={confirmed} onConfirm={setConfirmed} />
        </div>
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" aria-disabled={isSubmitting || undefined}>
            {submitLabel}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Avbryt
          </button>
        </div>
      </form>
    </dialog>
  )
}
