import { childStayForm, formatNorwegianDate } from '@ly/forms'
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
import { childStayQueryOptions, type ChildStay } from '../api/get-child-stay'
import { useFindLatestStay } from '../api/get-latest-stay'
import { useUpdateChildStay } from '../api/update-child-stay'
import { INHERITED_NOTE } from '../lib/labels'
import { savedMessage } from '../lib/messages'
import { factsOf } from '../lib/stay-facts'
import { childCheckOutHref, stayHref } from '../lib/stay-links'
import { useStayEditor } from '../lib/use-stay-editor'
import { StayConflict } from './stay-conflict'
import { ChildStayActions } from './child-stay-actions'
import { StayFactsList } from './stay-facts-list'
import '../residents.css'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

/** A child's stay: its whole form; consent and offer shown as the adult's, not editable here. */
export function ChildStayEditor({ initial, adultId }: { initial: ChildStay; adultId: string }) {
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const findLatest = useFindLatestStay('child_stay')
  const update = useUpdateChildStay(initial.id)
  const [flash] = useFlashStatus()
  const editor = useStayEditor(initial, () => queryClient.fetchQuery({ ...childStayQueryOptions(api, initial.id), staleTime: 0 }), flash)
  const child = editor.record
  const start = child.values.stay_start_date ? formatNorwegianDate(child.values.stay_start_date) : ''
  const inherited = { consent_to_statistics: child.values.consent_to_statistics, offer: child.values.offer }

  return (
    <>
      <PageHeading>{`Barnets opphold ${start}`}</PageHeading>
      <StatusMessage message={editor.status} />
      <FormAlert message={editor.failure} />
      <p>
        <Link to={stayHref(adultId)}>Til den voksnes opphold</Link>
      </p>
      <StayFactsList facts={factsOf(child)} offer={child.values.offer} consent={child.values.consent_to_statistics} />
      {child.values.stay_end_date ? null : (
        <div className="page-actions">
          <Link to={childCheckOutHref(adultId, child.id)} className="button">
            Flytt ut
          </Link>
        </div>
      )}
      <RecordForm
        key={editor.formKey}
        form={childStayForm}
        defaultValues={child.values}
        saved
        draft={{ key: `child_stay:${child.id}`, base: child.version }}
        inherited={{ values: inherited, note: INHERITED_NOTE }}
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
            const fresh = await update.mutateAsync({ version: child.version, values, ...nameConfirmation(childStayForm, values) })
            editor.saved(fresh, savedMessage(factsOf(fresh)))
          })
        }
        actions={<Link to={stayHref(adultId)}>Tilbake til oppholdet</Link>}
      />
      <ChildStayActions
        child={child}
        adultId={adultId}
        onFailed={editor.fail}
        onDeleted={() => void navigate(stayHref(adultId), { state: flashState('Barnets opphold er slettet.') })}
      />
    </>
  )
}
