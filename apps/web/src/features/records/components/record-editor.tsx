import type { ReactNode } from 'react'
import { formatNorwegianDate, type FormDef, type FormValues, type RecordValues } from '@ly/forms'
import { Link, useNavigate } from 'react-router'
import { discardDraft } from '@/lib/drafts'
import type { SavedRecord } from '../api/record-endpoints'
import { flashState } from '../lib/flash'
import { nameConfirmation, type NameConfirmation } from '../lib/name-confirmation'
import type { CentreOptionLists } from '../lib/options'
import { recordMessages, type RecordNouns } from '../lib/record-nouns'
import { RecordActions, type RecordActionTexts } from './record-actions'
import { RecordForm } from './record-form'
import type { FindLatestByCaseCode } from './record-form-context'
import { SavedRecordConflict } from './saved-record-conflict'
import { SavedRecordHeading } from './saved-record-heading'
import { useFlashStatus } from './use-flash-status'
import { useSavedRecord } from './use-saved-record'

export interface RecordEditorProps<F extends FormDef, R extends SavedRecord> {
  form: F
  initial: R
  nouns: RecordNouns
  /** The page's heading for the record, e.g. "Dagbesøk 15.02.2026". */
  heading: (record: R, date: string) => string
  /** The list the record belongs in: the link back, and where a deletion leads. */
  listHref: (record: R) => string
  /** The link back's words (default "Tilbake til listen"). */
  backLabel?: string
  save: (version: number, values: FormValues<F>, confirmation?: NameConfirmation) => Promise<R>
  /** Fetches the record as it is now (after a conflict). */
  reload: () => Promise<R>
  /** Forms with a consent question. */
  withdrawConsent?: (version: number) => Promise<R>
  remove: (version: number) => Promise<void>
  findLatestByCaseCode?: FindLatestByCaseCode
  /** A centre's own option lists (the duty phone's caller categories), keyed by field key. */
  centreOptions?: CentreOptionLists
  /** Between the heading and the form: what the page says of the saved record (a stay's nights). */
  intro?: (record: R) => ReactNode
  /** Below the form, before withdrawing and deleting (a stay's children). */
  children?: ReactNode
  /** The main button's words (default "Lagre endringer"). */
  submitLabel?: string
  /** A second button saving without the answers a complete record needs (see RecordForm). */
  incompleteLabel?: string
  /** Answers that are another record's (a child's consent and offer), shown but not editable. */
  inherited?: (record: R) => { values: RecordValues; note?: string }
  /** At the top of the form, after a conflict (what the record still misses). */
  notice?: ReactNode
  /** What is said after a save (default "Endringene er lagret."). */
  savedMessage?: (record: R) => string
  /** Other words for what the page says after a reload or a withdrawal. */
  messages?: Partial<Record<'reloaded' | 'withdrawn', string>>
  actionTexts?: RecordActionTexts
}

/**
 * Corrects a saved record. The version the form opened at is pinned: every save, consent
 * withdrawal and deletion sends it, and a change by someone else in between answers 409 —
 * shown with "Last inn på nytt", never overwritten. The page's message from before (a flash,
 * "Innflyttingen er registrert.") is said until the first write.
 */
export function RecordEditor<F extends FormDef, R extends SavedRecord>(props: RecordEditorProps<F, R>) {
  const { form, nouns, save, withdrawConsent, remove } = props
  const navigate = useNavigate()
  const messages = { ...recordMessages(nouns), ...props.messages }
  const [flash] = useFlashStatus()
  const state = useSavedRecord(props.initial, props.reload, messages.reloaded, flash)
  const { record } = state
  const dateValue = record.values[form.dateField]
  const date = typeof dateValue === 'string' ? formatNorwegianDate(dateValue) : ''
  const listHref = props.listHref(record)

  return (
    <>
      <SavedRecordHeading heading={props.heading(record, date)} state={state} />
      {props.intro?.(record)}
      <RecordForm
        key={state.formKey}
        form={form}
        defaultValues={record.values}
        saved
        draft={{ key: `${form.key}:${record.id}`, base: record.version }}
        submitLabel={props.submitLabel ?? 'Lagre endringer'}
        incompleteLabel={props.incompleteLabel}
        inherited={props.inherited?.(record)}
        findLatestByCaseCode={props.findLatestByCaseCode}
        recordId={record.id}
        centreOptions={props.centreOptions}
        notice={
          <>
            <SavedRecordConflict state={state} />
            {props.notice}
          </>
        }
        onSubmit={(values) =>
          state.write(async () => {
            const fresh = await save(record.version, values, nameConfirmation(form, values))
            state.saved(fresh, props.savedMessage?.(fresh) ?? messages.saved)
          })
        }
        actions={<Link to={listHref}>{props.backLabel ?? 'Tilbake til listen'}</Link>}
      />
      {props.children}
      <RecordActions
        nouns={nouns}
        date={date}
        version={record.version}
        consent={form.consentField && withdrawConsent ? { given: record.values[form.consentField] === true, withdraw: withdrawConsent } : undefined}
        remove={remove}
        texts={props.actionTexts}
        onFailed={state.fail}
        onWithdrawn={(fresh) => state.showFresh(fresh, messages.withdrawn)}
        onDeleted={() => {
          // The record is gone, so whatever its form still holds is moot: no leave question, no draft.
          discardDraft(`${form.key}:${record.id}`)
          void navigate(listHref, { state: flashState(messages.deleted) })
        }}
      />
    </>
  )
}
