import { useMemo, useState } from 'react'
import { centreYearForm, emptyRecord, formInYear } from '@ly/forms'
import { ConflictAlert } from '@/features/records/components/conflict-alert'
import { RecordForm } from '@/features/records/components/record-form'
import { StatusMessage } from '@/features/records/components/status-message'
import { ApiError } from '@/lib/api-error'
import type { CentreYearStart } from '../api/get-centre-year-start'
import { useCentreYearProposals } from '../api/get-centre-year-proposals'
import { useSaveCentreYear } from '../api/save-centre-year'
import { offerLabels, type CentreYearParams } from '../lib/params'
import { PrefillNotice } from './prefill-notice'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

/** Someone else saved the form since it was opened (`conflict`), or created the year's form (`centre_year_exists`). */
const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409

interface CentreYearEditorProps {
  params: CentreYearParams
  start: CentreYearStart
  /** Fetches the year's form as it is now and starts the form again from it (after a 409). */
  onReload: () => Promise<void>
}

/**
 * The year's annual form for one offer, rendered from the definition in that year's wording.
 * Year and offer are chosen above the form, so they are shown locked in it. The first save
 * creates the form; later saves send the version it was opened at, and a change by someone else
 * in between is shown with "Last inn på nytt", never overwritten.
 */
export function CentreYearEditor({ params, start, onReload }: CentreYearEditorProps) {
  const { year, offer } = params
  const form = useMemo(() => formInYear(centreYearForm, year), [year])
  const save = useSaveCentreYear(params)
  const [saved, setSaved] = useState(start.kind === 'saved' ? { id: start.record.id, version: start.record.version } : null)
  const [status, setStatus] = useState<string | null>(null)
  const [conflict, setConflict] = useState<string | null>(null)
  const [reloading, setReloading] = useState(false)
  const locked = useMemo(() => ({ offer, report_year: year }), [offer, year])
  const [defaults] = useState(() => (start.kind === 'saved' ? start.record.values : { ...emptyRecord(centreYearForm), ...(start.prefill.values ?? {}), ...locked }))
  const prefilled = start.kind === 'new' && start.prefill.fromYear !== null
  const proposals = useCentreYearProposals(params).data
  // Keyed by the fields they answer; memoised so the form's context changes only when they do.
  const fieldProposals = useMemo(
    () => (proposals ? { residential_offer_full: proposals.residential_offer_full, action_when_full: proposals.action_when_full } : undefined),
    [proposals],
  )

  const reload = async () => {
    setReloading(true)
    try {
      await onReload()
    } finally {
      setReloading(false)
    }
  }

  return (
    <section aria-labelledby="arsskjema-tittel">
      <h2 id="arsskjema-tittel">
        {offerLabels[offer]} {year}
      </h2>
      <p className="centre-year-status">{saved ? 'Skjemaet er lagret. Endringer lagres med «Lagre årsskjema».' : 'Skjemaet for året er ikke lagret ennå.'}</p>
      <StatusMessage message={status} />
      <RecordForm
        form={form}
        idPrefix="arsskjema"
        defaultValues={defaults}
        saved={start.kind === 'saved' || prefilled}
        submitLabel="Lagre årsskjema"
        inherited={{ values: locked, note: 'Velg år og tilbud øverst på siden.' }}
        proposals={fieldProposals}
        notice={
          <>
            {conflict ? <ConflictAlert message={conflict} reloading={reloading} onReload={() => void reload()} /> : null}
            {start.kind === 'new' && !saved ? <PrefillNotice prefill={start.prefill} year={year} /> : null}
          </>
        }
        onSubmit={async (values) => {
          setStatus(null)
          try {
            const record = await save.mutateAsync({ saved, values, ...nameConfirmation(form, values) })
            setSaved({ id: record.id, version: record.version })
            setConflict(null)
            setStatus(`Årsskjemaet for ${offerLabels[offer].toLowerCase()} ${year} er lagret.`)
          } catch (error) {
            if (!isConflict(error)) throw error
            setConflict(error.message)
          }
        }}
      />
    </section>
  )
}
