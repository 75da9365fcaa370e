import { childStayForm } from '@ly/forms'
import { childStayEndpoints, type ChildStay } from '../api/child-stay-endpoints'
import { stayHref } from '../lib/stay-links'
import { StayCheckOut } from './stay-check-out'

/** A child's check-out step: the child's own check-out questions and date. */
export function ChildCheckOut({ initial, adultId }: { initial: ChildStay; adultId: string }) {
  return (
    <StayCheckOut
      form={childStayForm}
      endpoints={childStayEndpoints}
      initial={initial}
      kind="child"
      title="Barnets opphold"
      defaultBack={stayHref(adultId)}
      adultHref={stayHref(adultId)}
    />
  )
}
