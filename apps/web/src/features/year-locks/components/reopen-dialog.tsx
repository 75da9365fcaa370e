import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { FieldError } from '@/components/form/field-error'
import { FormAlert } from '@/components/form/form-alert'
import { confirmedName, LikelyNameConfirm } from '@/components/form/likely-name-confirm'
import { showRequestError } from '@/lib/forms'
import { useReopenYear } from '../api/year-locks'

export const REASON_MAX = 500
const ReasonSchema = z.object({
  reason: z.string().trim().min(1, 'Skriv hvorfor året åpnes igjen.').max(REASON_MAX, `Begrunnelsen kan ha høyst ${REASON_MAX} tegn.`),
})

/** Reopening needs a reason, kept in the year's history; a native modal dialog traps focus. */
export function ReopenDialog({ year, onReopened, onClose }: { year: number; onReopened: () => void; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const fieldId = useId()
  const reopen = useReopenYear()
  const [done, setDone] = useState(false)
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ReasonSchema), defaultValues: { reason: '' } })
  const typed = useWatch({ control, name: 'reason' })
  const [confirmed, setConfirmed] = useState<string | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  // Closed once reopened: closing returns focus to the button that opened the dialog.
  useEffect(() => {
    if (done) dialogRef.current?.close()
  }, [done])

  const onSubmit = handleSubmit(async ({ reason }) => {
    try {
      // The schema trims the reason; the confirmation is of the text as typed.
      await reopen.mutateAsync({ year, reason, ...confirmedName(typed, confirmed) })
      onReopened()
      setDone(true)
    } catch (error) {
      showRequestError(error, setError, ['reason'])
    }
  })

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} onClose={onClose} className="dialog">
      <h2 id={titleId}>Åpne {year} igjen?</h2>
      <form noValidate onSubmit={(e) => void (isSubmitting ? e.preventDefault() : onSubmit(e))} className="form">
        <FormAlert message={errors.root?.server?.message} />
        <div className="field">
          <label htmlFor={fieldId}>Hvorfor må året endres?</label>
          <p id={`${fieldId}-beskrivelse`} className="field-description">
            Høyst {REASON_MAX} tegn. Ikke skriv navn eller andre personopplysninger.
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
            Åpne {year} igjen
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Avbryt
          </button>
        </div>
      </form>
    </dialog>
  )
}
