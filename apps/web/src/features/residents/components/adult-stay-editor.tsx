import { adultStayForm, formatNorwegianDate } from '@ly/forms'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { PageHeading } from '@/components/page-heading'
import { MissingAnswers } from '@/features/records/components/missing-answers'
import { RecordForm } from '@/features/records/components/record-form'
import { StatusMessage } from '@/features/records/components/status-message'
import { useFlashStatus } from '@/features/records/components/use-flash-status'
import { flashState } from '@/features/records/lib/flash'
import { useApi } from '@/lib/api-context'
import { ApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { adultStayQueryOptions, type AdultStay } from '../api/get-adult-stay'
import { useFindLatestStay } from '../api/get-latest-stay'
import { useStayChildren } from '../api/get-stay-children'
import { useUpdateAdultStay } from '../api/update-adult-stay'
import { yearListSearch } from '../lib/list-filters'
import { savedMessage } from '../lib/messages'
import { factsOf } from '../lib/stay-facts'
import { stayCheckOutHref } from '../lib/stay-links'
import { useStayEditor } from '../lib/use-stay-editor'
import { StayConflict } from './stay-conflict'
import { AdultStayActions } from './adult-stay-actions'
import { StayChildren } from './stay-children'
import { StayFactsList } from './stay-facts-list'
import '../residents.css'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

/**
 * An adult's stay: the whole form (check-in and check-out), what it still misses, its
 * children, and withdrawing consent or deleting — which reach the children too. The version
 * the page opened at goes with every write; a change by someone else answers 409, shown with
 * "Last inn på nytt".
 */
export function AdultStayEditor({ initial }: { initial: AdultStay }) {
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const findLatest = useFindLatestStay('adult_stay')
  const update = useUpdateAdultStay(initial.id)
  const children = useStayChildren(initial.id)
  const [flash] = useFlashStatus()
  const editor = useStayEditor(initial, () => queryClient.fetchQuery({ ...adultStayQueryOptions(api, initial.id), staleTime: 0 }), flash)
  const stay = editor.record
  const facts = factsOf(stay)
  const start = stay.values.stay_start_date ? formatNorwegianDate(stay.values.stay_start_date) : ''
  const listHref = `${paths.stays}${yearListSearch(Number(stay.values.stay_start_date?.slice(0, 4)))}`

  const failed = (error: unknown) => {
    // Someone registered a child since the page was read: show the children as they are now.
    if (error instanceof ApiError && error.code === 'has_children') void children.refetch()
    editor.fail(error)
  }

  return (
    <>
      <PageHeading>{`Opphold ${start}`}</PageHeading>
      <StatusMessage message={editor.status} />
      <FormAlert message={editor.failure} />
      <StayFactsList facts={facts} offer={stay.values.offer} consent={stay.values.consent_to_statistics} />
      {stay.values.stay_end_date ? null : (
        <div className="page-actions">
          <Link to={stayCheckOutHref(stay.id)} className="button">
            Flytt ut
          </Link>
        </div>
      )}
      <RecordForm
        key={editor.formKey}
        form={adultStayForm}
        defaultValues={stay.values}
        saved
        draft={{ key: `adult_stay:${stay.id}`, base: stay.version }}
        submitLabel="Lagre"
        incompleteLabel="Lagre som ufullstendig"
        findLatestByCaseCode={findLatest}
        notice={
          <>
            <StayConflict editor={editor} />
            <MissingAnswers />
          </>
        }
        onSubmit={(values) =>
          editor.write(async () => {
            const fresh = await update.mutateAsync({ version: stay.version, values, ...nameConfirmation(adultStayForm, values) })
            editor.saved(fresh, savedMessage(factsOf(fresh)))
          })
        }
        actions={<Link to={listHref}>Tilbake til listen</Link>}
      />
      <StayChildren adultId={stay.id} />
      <AdultStayActions
        stay={stay}
        childCount={children.data?.length}
        onFailed={failed}
        onWithdrawn={(fresh) => editor.showFresh(fresh, 'Samtykket er trukket tilbake. Svarene er slettet for den voksne og for barna; bare selve oppholdene er beholdt.')}
        onDeleted={() => void navigate(listHref, { state: flashState('Oppholdet er slettet.') })}
      />
    </>
  )
}
