import { useRef, useState } from 'react'
import { adultStayForm, childStayForm, osloToday } from '@ly/forms'
import { useQueryClient } from '@tanstack/react-query'
import { invalidateAfterChange } from '@/features/records/api/get-record'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'
import { useApi } from '@/lib/api-context'
import { discardDraft } from '@/lib/drafts'
import { adultStayEndpoints, type AdultStay } from '../api/adult-stay-endpoints'
import { childStayEndpoints } from '../api/child-stay-endpoints'
import { useStayChildren } from '../api/get-stay-children'
import { bareEventOf } from '../lib/stay-facts'
import { stayHref } from '../lib/stay-links'
import { childCheckOutDraftKey, ChildrenCheckOut, type ChildrenCheckOutHandle } from './children-check-out'
import { StayCheckOut } from './stay-check-out'

const dateText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)

/**
 * The adult's check-out step. The children still in the stay leave in the same step (their end
 * date the adult's): on «Flytt ut» each child is checked out first, then the adult — nothing
 * typed waits for a second visit.
 */
export function AdultCheckOut({ initial }: { initial: AdultStay }) {
  const api = useApi()
  const queryClient = useQueryClient()
  const children = useStayChildren(initial.id)
  // Only children as the server has them now: the cached list may be from before a child's own
  // check-out, and shown for a moment it offers to check that child out again.
  const fresh = children.isFetchedAfterMount
  const here = fresh ? (children.data ?? []).filter((child) => bareEventOf(child.values).end === null) : []
  const [endDate, setEndDate] = useState<string | null>(() => initial.values.stay_end_date ?? osloToday(new Date()))
  const childrenHandle = useRef<ChildrenCheckOutHandle>(null)

  /** The children first: the adult may not leave while a child is registered as present. */
  const checkOutChildren = async (): Promise<string | false> => {
    if (!fresh) throw new Error('Ly henter fortsatt barna i oppholdet. Trykk «Flytt ut» igjen om et øyeblikk.')
    const leaving = (await childrenHandle.current?.validate()) ?? []
    if (here.length > 0 && leaving.length === 0) return false
    for (const { child, values } of leaving) {
      try {
        await childStayEndpoints.update(api, child.id, child.version, values, nameConfirmation(childStayForm, values))
        discardDraft(childCheckOutDraftKey(child.id))
      } catch (error) {
        childrenHandle.current?.showError(child.id, error)
        void children.refetch()
        invalidateAfterChange(queryClient, childStayEndpoints)
        throw new Error('Barnet ble ikke flyttet ut. Rett feilene i barnets skjema og trykk «Flytt ut» igjen.')
      }
    }
    return leaving.length > 0 ? ` ${leaving.length === 1 ? 'Barnet' : `De ${leaving.length} barna`} er flyttet ut samtidig.` : ''
  }

  return (
    <StayCheckOut
      form={adultStayForm}
      endpoints={adultStayEndpoints}
      initial={initial}
      kind="adult"
      title="Opphold"
      defaultBack={stayHref(initial.id)}
      intro={<ChildrenCheckOut adultId={initial.id} here={here} endDate={endDate} handle={childrenHandle} />}
      onValuesChange={(values) => setEndDate(dateText(values.stay_end_date))}
      saveFirst={checkOutChildren}
    />
  )
}
