import { useId, useState } from 'react'
import { formatNorwegianDate } from '@ly/forms'
import { Link } from 'react-router'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { ErasureNote } from '@/components/erasure-note'
import { useDeleteChildStay } from '../api/delete-child-stay'
import type { ChildStay } from '../api/get-child-stay'
import { stayHref } from '../lib/stay-links'

interface ChildStayActionsProps {
  child: ChildStay
  adultId: string
  onDeleted: () => void
  onFailed: (error: unknown) => void
}

/**
 * A child's consent is the adult's (decision 1): it is withdrawn on the adult's stay, which
 * erases the children's answers too. Deleting the child's stay alone is confirmed here.
 */
export function ChildStayActions({ child, adultId, onDeleted, onFailed }: ChildStayActionsProps) {
  const headingId = useId()
  const [confirming, setConfirming] = useState(false)
  const remove = useDeleteChildStay(child.id)
  const date = child.values.stay_start_date ? formatNorwegianDate(child.values.stay_start_date) : ''
  return (
    <section aria-labelledby={headingId} className="danger-zone">
      <h2 id={headingId}>Samtykke og sletting</h2>
      <p>
        Samtykket følger den voksnes opphold. Skal det trekkes tilbake, gjør du det på <Link to={stayHref(adultId)}>den voksnes opphold</Link>;
        da slettes også svarene i barnas skjemaer.
      </p>
      <div className="page-actions">
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          Slett barnets opphold
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={`Slette barnets opphold ${date}?`}
          confirmLabel="Ja, slett barnets opphold"
          onClose={() => setConfirming(false)}
          onConfirm={() => remove.mutateAsync(child.version).then(onDeleted, onFailed)}
        >
          <p>Barnets opphold og alle svarene slettes for godt og telles ikke lenger i statistikken. Den voksnes opphold beholdes. Det kan ikke angres.</p>
          <ErasureNote />
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
