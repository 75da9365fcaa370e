import { useId, useState } from 'react'
import { formatNorwegianDate } from '@ly/forms'
import { ConfirmDialog } from '@/components/confirm-dialog'
import type { DayVisit } from '../api/get-day-visits'
import { useDeleteDayVisit } from '../api/delete-day-visit'
import { useWithdrawDayVisitConsent } from '../api/withdraw-day-visit-consent'

interface DayVisitActionsProps {
  /** The visit as the page shows it; its version goes with each action. */
  visit: DayVisit
  onWithdrawn: (visit: DayVisit) => void
  onDeleted: () => void
  /** A failed action (a 409 conflict included); the page decides how to show it. */
  onFailed: (error: unknown) => void
}

/** Withdrawing consent and deleting, each confirmed in a dialog that says what will be lost. */
export function DayVisitActions({ visit, onWithdrawn, onDeleted, onFailed }: DayVisitActionsProps) {
  const headingId = useId()
  const [confirming, setConfirming] = useState<'withdraw' | 'delete' | null>(null)
  const withdraw = useWithdrawDayVisitConsent(visit.id)
  const remove = useDeleteDayVisit(visit.id)
  const date = visit.values.visit_date ? formatNorwegianDate(visit.values.visit_date) : ''

  return (
    <section aria-labelledby={headingId} className="danger-zone">
      <h2 id={headingId}>Samtykke og sletting</h2>
      <div className="page-actions">
        {visit.values.consent_to_statistics === true ? (
          <button type="button" className="button" onClick={() => setConfirming('withdraw')}>
            Trekk tilbake samtykke
          </button>
        ) : null}
        <button type="button" className="button button-danger" onClick={() => setConfirming('delete')}>
          Slett besøk
        </button>
      </div>
      {confirming === 'withdraw' ? (
        <ConfirmDialog
          title="Trekke tilbake samtykket?"
          confirmLabel="Ja, trekk tilbake samtykket"
          onClose={() => setConfirming(null)}
          onConfirm={() => withdraw.mutateAsync(visit.version).then(onWithdrawn, onFailed)}
        >
          <p>
            Alle svarene om brukeren i dette besøket slettes for godt. Bare selve besøket blir igjen: dato, tilbud og eventuelt
            saksnummer. Besøket telles fortsatt, men inngår ikke i statistikken om brukerne.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirming === 'delete' ? (
        <ConfirmDialog
          title={`Slette besøket ${date}?`}
          confirmLabel="Ja, slett besøket"
          onClose={() => setConfirming(null)}
          onConfirm={() => remove.mutateAsync(visit.version).then(onDeleted, onFailed)}
        >
          <p>Besøket og alle svarene slettes for godt og telles ikke lenger i statistikken. Det kan ikke angres.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
