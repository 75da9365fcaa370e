import { useState } from 'react'
import { dayVisitForm, formatNorwegianDate } from '@ly/forms'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { PageHeading } from '@/components/page-heading'
import { ConflictAlert } from '@/features/records/components/conflict-alert'
import { RecordForm } from '@/features/records/components/record-form'
import { StatusMessage } from '@/features/records/components/status-message'
import { flashState } from '@/features/records/lib/flash'
import { useApi } from '@/lib/api-context'
import { ApiError, toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { dayVisitQueryOptions } from '../api/get-day-visit'
import type { DayVisit } from '../api/get-day-visits'
import { useFindLatestDayVisit } from '../api/get-latest-day-visit'
import { useUpdateDayVisit } from '../api/update-day-visit'
import { filtersToSearch } from '../lib/list-filters'
import { DayVisitActions } from './day-visit-actions'

const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409

const focusHeading = () => document.querySelector<HTMLElement>('#hovedinnhold h1')?.focus()

/**
 * Corrects a saved day visit. The version the form opened at is pinned: every save, consent
 * withdrawal and deletion sends it, and a change by someone else in between answers 409 —
 * shown with "Last inn på nytt", never overwritten.
 */
export function DayVisitEditor({ initial }: { initial: DayVisit }) {
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const findLatest = useFindLatestDayVisit()
  const update = useUpdateDayVisit(initial.id)
  const [visit, setVisit] = useState(initial)
  // A new form (fresh values) after a reload or a withdrawal; a save keeps the form as typed.
  const [formKey, setFormKey] = useState(0)
  const [status, setStatus] = useState<string | null>(null)
  const [conflict, setConflict] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [reloading, setReloading] = useState(false)
  const date = visit.values.visit_date ? formatNorwegianDate(visit.values.visit_date) : ''
  const listHref = `${paths.dayVisits}${filtersToSearch({ year: Number(visit.values.visit_date?.slice(0, 4)), offer: 'all', month: null, consent: 'all', caseCode: '' })}`

  const showFresh = (fresh: DayVisit, message: string) => {
    setVisit(fresh)
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
      showFresh(await queryClient.fetchQuery({ ...dayVisitQueryOptions(api, visit.id), staleTime: 0 }), 'Besøket er lastet inn på nytt med de siste endringene.')
    } catch (error) {
      setFailure(toDisplayError(error).message)
    } finally {
      setReloading(false)
    }
  }

  return (
    <>
      <PageHeading>{`Dagbesøk ${date}`}</PageHeading>
      <StatusMessage message={status} />
      <FormAlert message={failure} />
      <RecordForm
        key={formKey}
        form={dayVisitForm}
        defaultValues={visit.values}
        saved
        submitLabel="Lagre endringer"
        findLatestByCaseCode={findLatest}
        notice={conflict ? <ConflictAlert message={conflict} reloading={reloading} onReload={() => void reload()} /> : null}
        onSubmit={async (values) => {
          setStatus(null)
          setFailure(null)
          try {
            setVisit(await update.mutateAsync({ version: visit.version, values }))
            setConflict(null)
            setStatus('Endringene er lagret.')
          } catch (error) {
            if (!isConflict(error)) throw error
            setConflict(error.message)
          }
        }}
        actions={<Link to={listHref}>Tilbake til listen</Link>}
      />
      <DayVisitActions
        visit={visit}
        onFailed={fail}
        onWithdrawn={(fresh) => showFresh(fresh, 'Samtykket er trukket tilbake. Svarene er slettet; bare selve besøket er beholdt.')}
        onDeleted={() => void navigate(listHref, { state: flashState('Besøket er slettet.') })}
      />
    </>
  )
}
