import { useRef, useState } from 'react'
import { adultStayForm, childStayForm, formatNorwegianDate, osloToday } from '@ly/forms'
import { useQueryClient } from '@tanstack/react-query'
import { useLocation, useNavigate } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { PageHeading } from '@/components/page-heading'
import { StatusMessage } from '@/features/records/components/status-message'
import { flashState } from '@/features/records/lib/flash'
import { useApi } from '@/lib/api-context'
import { discardDraft } from '@/lib/drafts'
import { adultStayQueryOptions, type AdultStay } from '../api/get-adult-stay'
import { useStayChildren } from '../api/get-stay-children'
import { invalidateStayViews } from '../api/keys'
import { useUpdateAdultStay } from '../api/update-adult-stay'
import { updateChildStay } from '../api/update-child-stay'
import { checkOutMessage } from '../lib/messages'
import { bareEventOf, factsOf } from '../lib/stay-facts'
import { readReturnTo, stayHref } from '../lib/stay-links'
import { useStayEditor } from '../lib/use-stay-editor'
import { StayConflict } from './stay-conflict'
import { CheckOutForm } from './check-out-form'
import { childCheckOutDraftKey, ChildrenCheckOut, type ChildrenCheckOutHandle } from './children-check-out'
import { StayFactsList } from './stay-facts-list'
import '../residents.css'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

const dateText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)

/**
 * The adult's check-out step, from the board or the stay page; back there when saved. The
 * children still in the stay leave in the same step (their end date the adult's): on «Flytt ut»
 * each child is checked out first, then the adult — nothing typed waits for a second visit.
 */
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
  const children = useStayChildren(stay.id)
  const here = (children.data ?? []).filter((child) => bareEventOf(child.values).end === null)
  const [endDate, setEndDate] = useState<string | null>(() => stay.values.stay_end_date ?? osloToday(new Date()))
  const childrenHandle = useRef<ChildrenCheckOutHandle>(null)

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
        draftKey={`adult_stay:${stay.id}:check-out`}
        version={stay.version}
        intro={<ChildrenCheckOut adultId={stay.id} here={here} endDate={endDate} handle={childrenHandle} />}
        notice={<StayConflict editor={editor} />}
        cancelHref={back}
        onValuesChange={(values) => setEndDate(dateText(values.stay_end_date))}
        onSubmit={async (values) => {
          const leaving = (await childrenHandle.current?.validate()) ?? []
          if (here.length > 0 && leaving.length === 0) return false
          return editor.write(async () => {
            // The children first: the adult may not leave while a child is registered as present.
            for (const { child, values: childValues } of leaving) {
              try {
                await updateChildStay(api, child.id, { version: child.version, values: childValues, ...nameConfirmation(childStayForm, childValues) })
                discardDraft(childCheckOutDraftKey(child.id))
              } catch (error) {
                childrenHandle.current?.showError(child.id, error)
                void children.refetch()
                invalidateStayViews(queryClient)
                throw new Error('Barnet ble ikke flyttet ut. Rett feilene i barnets skjema og trykk «Flytt ut» igjen.')
              }
            }
            const fresh = await update.mutateAsync({ version: stay.version, values, ...nameConfirmation(adultStayForm, values) })
            const withChildren = leaving.length > 0 ? ` ${leaving.length === 1 ? 'Barnet' : `De ${leaving.length} barna`} er flyttet ut samtidig.` : ''
            await navigate(back, { state: flashState(checkOutMessage('adult', fresh.values, factsOf(fresh)) + withChildren) })
          })
        }}
      />
    </>
  )
}
