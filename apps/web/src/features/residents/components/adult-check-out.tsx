import { adultStayForm, formatNorwegianDate } from '@ly/forms'
import { useQueryClient } from '@tanstack/react-query'
import { useLocation, useNavigate } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { PageHeading } from '@/components/page-heading'
import { StatusMessage } from '@/features/records/components/status-message'
import { flashState } from '@/features/records/lib/flash'
import { useApi } from '@/lib/api-context'
import { adultStayQueryOptions, type AdultStay } from '../api/get-adult-stay'
import { useUpdateAdultStay } from '../api/update-adult-stay'
import { checkOutMessage } from '../lib/messages'
import { factsOf } from '../lib/stay-facts'
import { readReturnTo, stayHref } from '../lib/stay-links'
import { useStayEditor } from '../lib/use-stay-editor'
import { StayConflict } from './stay-conflict'
import { CheckOutForm } from './check-out-form'
import { ChildrenStillHere } from './children-still-here'
import { StayFactsList } from './stay-facts-list'
import '../residents.css'

/** The adult's check-out step, from the board or the stay page; back there when saved. */
export function AdultCheckOut({ initial }: { initial: AdultStay }) {
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const update = useUpdateAdultStay(initial.id)
  const editor = useStayEditor(initial, () => queryClient.fetchQuery({ ...adultStayQueryOptions(api, initial.id), staleTime: 0 }))
  const stay = editor.record
  const start = stay.values.stay_start_date ? formatNorwegianDate(stay.values.stay_start_date) : ''
  const back = readReturnTo(location.state) ?? stayHref(stay.id)

  return (
    <>
      <PageHeading>{`Opphold ${start}`}</PageHeading>
      <StatusMessage message={editor.status} />
      <FormAlert message={editor.failure} />
      <StayFactsList facts={factsOf(stay)} offer={stay.values.offer} consent={stay.values.consent_to_statistics} />
      <CheckOutForm
        key={editor.formKey}
        form={adultStayForm}
        values={stay.values}
        intro={<ChildrenStillHere adultId={stay.id} />}
        notice={<StayConflict editor={editor} />}
        cancelHref={back}
        onSubmit={(values) =>
          editor.write(async () => {
            const fresh = await update.mutateAsync({ version: stay.version, values })
            await navigate(back, { state: flashState(checkOutMessage('adult', fresh.values, factsOf(fresh))) })
          })
        }
      />
    </>
  )
}
