import { useState } from 'react'
import { formatNorwegianDate, type FormDef, type FormValues } from '@ly/forms'
import { Link, useNavigate } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { PageHeading } from '@/components/page-heading'
import { discardDraft } from '@/lib/drafts'
import { ApiError, toDisplayError } from '@/lib/api-error'
import type { SavedRecord } from '../api/record-endpoints'
import { flashState } from '../lib/flash'
import type { CentreOptionLists } from '../lib/options'
import { recordMessages, type RecordNouns } from '../lib/record-nouns'
import { ConflictAlert } from './conflict-alert'
import { RecordActions } from './record-actions'
import { RecordForm } from './record-form'
import type { FindLatestByCaseCode } from './record-form-context'
import { StatusMessage } from './status-message'
import { nameConfirmation, type NameConfirmation } from '../lib/name-confirmation'

const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409

const focusHeading = () => document.querySelector<HTMLElement>('#hovedinnhold h1')?.focus()

export interface RecordEditorProps<F extends FormDef, R extends SavedRecord> {
  form: F
  initial: R
  nouns: RecordNouns
  /** The page's heading for the record, e.g. "Dagbesøk 15.02.2026". */
  heading: (record: R, date: string) => string
  /** The list the record belongs in: "Tilbake til listen", and where a deletion leads. */
  listHref: (record: R) => string
  save: (version: number, values: FormValues<F>, confirmation?: NameConfirmation) => Promise<R>
  /** Fetches the record as it is now (after a conflict). */
  reload: () => Promise<R>
  /** Forms with a consent question. */
  withdrawConsent?: (version: number) => Promise<R>
  remove: (version: number) => Promise<void>
  findLatestByCaseCode?: FindLatestByCaseCode
  /** A centre's own option lists (the duty phone's caller categories), keyed by field key. */
  centreOptions?: CentreOptionLists
}

/**
 * Corrects a saved record. The version the form opened at is pinned: every save, consent
 * withdrawal and deletion sends it, and a change by someone else in between answers 409 —
 * shown with "Last inn på nytt", never overwritten.
 */
export function RecordEditor<F extends FormDef, R extends SavedRecord>(props: RecordEditorProps<F, R>) {
  const { form, nouns, save, reload: fetchCurrent, withdrawConsent, remove } = props
  const navigate = useNavigate()
  const messages = recordMessages(nouns)
  const [record, setRecord] = useState(props.initial)
  // A new form (fresh values) after a reload or a withdrawal; a save keeps the form as typed.
  const [formKey, setFormKey] = useState(0)
  const [status, setStatus] = useState<string | null>(null)
  const [conflict, setConflict] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [reloading, setReloading] = useState(false)
  const dateValue = record.values[form.dateField]
  const date = typeof dateValue === 'string' ? formatNorwegianDate(dateValue) : ''
  const listHref = props.listHref(record)

  const showFresh = (fresh: R, message: string) => {
    setRecord(fresh)
    setFormKey((k) => k + 1)
    setConflict(null)
    setFailure(null)
    setStatus(message)
    focusHeading()
  }
  const fail = (error: unknown) => {
    setStatus(null)
    if (isConflict(error)) setConflict(error.message)
    else setFailure(toDisplayError(error).message)
  }
  const reload = async () => {
    setReloading(true)
    try {
      showFresh(await fetchCurrent(), messages.reloaded)
    } catch (error) {
      setFailure(toDisplayError(error).message)
    } finally {
      setReloading(false)
    }
  }

  return (
    <>
      <PageHeading>{props.heading(record, date)}</PageHeading>
      <StatusMessage message={status} />
      <FormAlert message={failure} />
      <RecordForm
        key={formKey}
        form={form}
        defaultValues={record.values}
        saved
        draft={{ key: `${form.key}:${record.id}`, base: record.version }}
        submitLabel="Lagre endringer"
        findLatestByCaseCode={props.findLatestByCaseCode}
        centreOptions={props.centreOptions}
        notice={conflict ? <ConflictAlert message={conflict} reloading={reloading} onReload={() => void reload()} /> : null}
        onSubmit={async (values) => {
          setStatus(null)
          setFailure(null)
          try {
            setRecord(await save(record.version, values, nameConfirmation(form, values)))
            setConflict(null)
            setStatus(messages.saved)
          } catch (error) {
            if (!isConflict(error)) throw error
            setConflict(error.message)
            return false
          }
        }}
        actions={<Link to={listHref}>Tilbake til listen</Link>}
      />
      <RecordActions
        nouns={nouns}
        date={date}
        version={record.version}
        consent={form.consentField && withdrawConsent ? { given: record.values[form.consentField] === true, withdraw: withdrawConsent } : undefined}
        remove={remove}
        onFailed={fail}
        onWithdrawn={(fresh) => showFresh(fresh, messages.withdrawn)}
        onDeleted={() => {
          // The record is gone, so whatever its form still holds is moot: no leave question, no draft.
          discardDraft(`${form.key}:${record.id}`)
          void navigate(listHref, { state: flashState(messages.deleted) })
        }}
      />
    </>
  )
}
