import { useId, useState, type ReactNode } from 'react'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { ErasureNote } from '@/components/erasure-note'
import { capitalise, type RecordNouns } from '../lib/record-nouns'

/** Where a form's records say more than the shared words (a stay's children go with it). */
export interface RecordActionTexts {
  /** What withdrawing consent erases, in the dialog. */
  withdraw?: ReactNode
  /** What deleting erases, in the dialog. */
  remove?: ReactNode
  removeConfirmLabel?: string
  /** Said instead of the withdraw button where consent is another record's (a child's is the adult's). */
  consentElsewhere?: ReactNode
}

interface RecordActionsProps<R> {
  nouns: RecordNouns
  /** The record's date as shown ("15.02.2026"), naming it in the delete dialog. */
  date: string
  /** The version the page shows; it goes with each action. */
  version: number
  /** Forms with a consent question: whether it was given, and how to withdraw it (decision 1). */
  consent?: { given: boolean; withdraw: (version: number) => Promise<R> }
  remove: (version: number) => Promise<void>
  onWithdrawn: (record: R) => void
  onDeleted: () => void
  /** A failed action (a 409 conflict included); the page decides how to show it. */
  onFailed: (error: unknown) => void
  texts?: RecordActionTexts
}

/** Withdrawing consent and deleting, each confirmed in a dialog that says what will be lost. */
export function RecordActions<R>({ nouns, date, version, consent, remove, onWithdrawn, onDeleted, onFailed, texts = {} }: RecordActionsProps<R>) {
  const headingId = useId()
  const [confirming, setConfirming] = useState<'withdraw' | 'delete' | null>(null)
  const the = capitalise(nouns.definite)
  const withdrawConsent = consent?.given ? consent.withdraw : undefined

  return (
    <section aria-labelledby={headingId} className="danger-zone">
      <h2 id={headingId}>{consent || texts.consentElsewhere ? 'Samtykke og sletting' : 'Sletting'}</h2>
      {texts.consentElsewhere ? <p>{texts.consentElsewhere}</p> : null}
      <div className="page-actions">
        {withdrawConsent ? (
          <button type="button" className="button" onClick={() => setConfirming('withdraw')}>
            Trekk tilbake samtykke
          </button>
        ) : null}
        <button type="button" className="button button-danger" onClick={() => setConfirming('delete')}>
          Slett {nouns.singular}
        </button>
      </div>
      {confirming === 'withdraw' && withdrawConsent ? (
        <ConfirmDialog
          title="Trekke tilbake samtykket?"
          confirmLabel="Ja, trekk tilbake samtykket"
          onClose={() => setConfirming(null)}
          onConfirm={() => withdrawConsent(version).then(onWithdrawn, onFailed)}
        >
          {texts.withdraw ?? (
            <p>
              Alle svarene om brukeren i {nouns.demonstrative} slettes for godt. Bare selve {nouns.definite} blir igjen: dato, tilbud og eventuelt saksnummer. {the} telles
              fortsatt, men inngår ikke i statistikken om brukerne.
            </p>
          )}
          <ErasureNote withdrawal />
        </ConfirmDialog>
      ) : null}
      {confirming === 'delete' ? (
        <ConfirmDialog
          title={`Slette ${nouns.definite} ${date}?`}
          confirmLabel={texts.removeConfirmLabel ?? `Ja, slett ${nouns.definite}`}
          onClose={() => setConfirming(null)}
          onConfirm={() => remove(version).then(onDeleted, onFailed)}
        >
          {texts.remove ?? <p>{the} og alle svarene slettes for godt og telles ikke lenger i statistikken. Det kan ikke angres.</p>}
          <ErasureNote />
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
