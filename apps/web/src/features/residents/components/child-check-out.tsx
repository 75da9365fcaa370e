import { childStayForm, formatNorwegianDate } from '@ly/forms'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useLocation, useNavigate } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { PageHeading } from '@/components/page-heading'
import { StatusMessage } from '@/features/records/components/status-message'
import { flashState } from '@/features/records/lib/flash'
import { useApi } from '@/lib/api-context'
import { childStayQueryOptions, type ChildStay } from '../api/get-child-stay'
import { useUpdateChildStay } from '../api/update-child-stay'
import { checkOutMessage } from '../lib/messages'
import { factsOf } from '../lib/stay-facts'
import { readReturnTo, stayHref } from '../lib/stay-links'
import { useStayEditor } from '../lib/use-stay-editor'
import { StayConflict } from './stay-conflict'
import { CheckOutForm } from './check-out-form'
import { StayFactsList } from './stay-facts-list'
import '../residents.css'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

/** A child's check-out step: the child's own check-out questions and date. */
export function ChildCheckOut({ initial, adultId }: { initial: ChildStay; adultId: string }) {
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const update = useUpdateChildStay(initial.id)
  const editor = useStayEditor(initial, () => queryClient.fetchQuery({ ...childStayQueryOptions(api, initial.id), staleTime: 0 }))
  const child = editor.record
  const start = child.values.stay_start_date ? formatNorwegianDate(child.values.stay_start_date) : ''
  const back = readReturnTo(location.state) ?? stayHref(adultId)

  return (
    <>
      <PageHeading>{`Barnets opphold ${start}`}</PageHeading>
      <StatusMessage message={editor.status} />
      <FormAlert message={editor.failure} />
      <p>
        <Link to={stayHref(adultId)}>Til den voksnes opphold</Link>
      </p>
      <StayFactsList facts={factsOf(child)} offer={child.values.offer} consent={child.values.consent_to_statistics} />
      <CheckOutForm
        key={editor.formKey}
        form={childStayForm}
        values={child.values}
        draftKey={`child_stay:${child.id}:check-out`}
        version={child.version}
        notice={<StayConflict editor={editor} />}
        cancelHref={back}
        onSubmit={(values) =>
          editor.write(async () => {
            const fresh = await update.mutateAsync({ version: child.version, values, ...nameConfirmation(childStayForm, values) })
            await navigate(back, { state: flashState(checkOutMessage('child', fresh.values, factsOf(fresh))) })
          })
        }
      />
    </>
  )
}
