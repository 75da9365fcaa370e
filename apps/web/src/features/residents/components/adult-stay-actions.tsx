import { useId, useState } from 'react'
import { formatNorwegianDate } from '@ly/forms'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { ErasureNote } from '@/components/erasure-note'
import { useDeleteAdultStay } from '../api/delete-adult-stay'
import type { AdultStay } from '../api/get-adult-stay'
import { useWithdrawAdultStayConsent } from '../api/withdraw-adult-stay-consent'

interface AdultStayActionsProps {
  /** The stay as the page shows it; its version goes with each action. */
  stay: AdultStay
  /** Children registered with the stay; undefined while not known. */
  childCount: number | undefined
  onWithdrawn: (stay: AdultStay) => void
  onDeleted: () => void
  /** A failed action (a 409 included); the page decides how to show it. */
  onFailed: (error: unknown) => void
}

/** "Svarene i barnets skjema" / "svarene i skjemaene til de 2 barna" (count unknown while loading). */
const childAnswers = (count: number | undefined) =>
  count === 1 ? 'svarene i barnets skjema' : count === undefined ? 'svarene i barnas skjemaer' : `svarene i skjemaene til de ${count} barna`
const childStays = (count: number | undefined) => (count === 1 ? 'barnets opphold' : count === undefined ? 'barnas opphold' : `oppholdene til de ${count} barna`)

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Withdrawing consent and deleting, each confirmed in a dialog that says what will be lost — for the children too. */
export function AdultStayActions({ stay, childCount, onWithdrawn, onDeleted, onFailed }: AdultStayActionsProps) {
  const headingId = useId()
  const [confirming, setConfirming] = useState<'withdraw' | 'delete' | null>(null)
  const withdraw = useWithdrawAdultStayConsent(stay.id)
  const remove = useDeleteAdultStay(stay.id)
  const date = stay.values.stay_start_date ? formatNorwegianDate(stay.values.stay_start_date) : ''
  const hasChildren = childCount === undefined || childCount > 0

  return (
    <section aria-labelledby={headingId} className="danger-zone">
      <h2 id={headingId}>Samtykke og sletting</h2>
      <div className="page-actions">
        {stay.values.consent_to_statistics === true ? (
          <button type="button" className="button" onClick={() => setConfirming('withdraw')}>
            Trekk tilbake samtykke
          </button>
        ) : null}
        <button type="button" className="button button-danger" onClick={() => setConfirming('delete')}>
          Slett opphold
        </button>
      </div>
      {confirming === 'withdraw' ? (
        <ConfirmDialog
          title="Trekke tilbake samtykket?"
          confirmLabel="Ja, trekk tilbake samtykket"
          onClose={() => setConfirming(null)}
          onConfirm={() => withdraw.mutateAsync(stay.version).then(onWithdrawn, onFailed)}
        >
          <p>
            Alle svarene om den voksne i dette oppholdet slettes for godt.
            {hasChildren ? ` Samtykket gjelder også barna: ${childAnswers(childCount)} slettes også.` : ''}
          </p>
          <p>
            Bare selve oppholdene blir igjen: tilbud, datoer og eventuelt saksnummer. De telles fortsatt i opphold og bodøgn, men inngår ikke i
            statistikken om beboerne.
          </p>
          <ErasureNote withdrawal />
        </ConfirmDialog>
      ) : null}
      {confirming === 'delete' ? (
        <ConfirmDialog
          title={`Slette oppholdet ${date}?`}
          confirmLabel={hasChildren ? 'Ja, slett oppholdet og barnas opphold' : 'Ja, slett oppholdet'}
          onClose={() => setConfirming(null)}
          // The BFF deletes children only when told to (cascade), so nobody loses them by mistake.
          onConfirm={() => remove.mutateAsync({ version: stay.version, cascade: hasChildren }).then(onDeleted, onFailed)}
        >
          <p>
            Oppholdet og alle svarene slettes for godt og telles ikke lenger i statistikken.
            {hasChildren ? ` ${capitalise(childStays(childCount))} slettes også.` : ''} Det kan ikke angres.
          </p>
          <ErasureNote />
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
