import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { FieldError } from '@/components/form/field-error'
import { FormAlert } from '@/components/form/form-alert'
import { confirmedName, LikelyNameConfirm } from '@/components/form/likely-name-confirm'
import { showRequestError } from '@/lib/forms'
import { useMarkChecked, type QualityFinding } from '../api/get-quality'

export const CHECKED_REASON_MAX = 300
const ReasonSchema = z.object({
  reason: z.string().trim().min(1, 'Skriv hvorfor det er riktig.').max(CHECKED_REASON_MAX, `Begrunnelsen kan ha høyst ${CHECKED_REASON_MAX} tegn.`),
})

/**
 * A leader marks a finding «Sjekket – riktig» (decision 0057): the record has been looked at and
 * is right as it is. The reason is required and kept with the mark; a native modal traps focus.
 */
export function MarkCheckedDialog({ year, finding, name, onClose }: { year: number; finding: QualityFinding; name: string; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const fieldId = useId()
  const mark = useMarkChecked()
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
  useEffect(() => {
    if (done) dialogRef.current?.close()
  }, [done])

  const onSubmit = handleSubmit(async ({ reason }) => {
    try {
      await mark.mutateAsync({ year, rule: finding.rule, id: finding.id, reason, ...confirmedName(typed, confirmed) })
      setDone(true)
    } catch (error) {
      showRequestError(error, setError, ['reason'])
    }
  })

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} onClose={onClose} className="dialog">
      <h2 id={titleId}>Sjekket – riktig?</h2>
      <p>
        {name}: {finding.detail}
      </p>
      <form noValidate onSubmit={(e) => void (isSubmitting ? e.preventDefault() : onSubmit(e))} className="form">
        <FormAlert message={errors.root?.server?.message} />
        <div className="field">
          <label htmlFor={fieldId}>Hvorfor er det riktig?</label>
          <p id={`${fieldId}-beskrivelse`} className="field-description">
            Høyst {CHECKED_REASON_MAX} tegn. Ikke skriv navn eller andre personopplysninger.
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
            Merk som sjekket
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Avbryt
          </button>
        </div>
      </form>
    </dialog>
  )
}
