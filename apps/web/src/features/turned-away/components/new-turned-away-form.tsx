import { useState } from 'react'
import { emptyRecord, osloToday, turnedAwayForm } from '@ly/forms'
import { Link, useNavigate } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { useCreateRecord } from '@/features/records/api/create-record'
import { RecordForm } from '@/features/records/components/record-form'
import { flashState } from '@/features/records/lib/flash'
import { yearListSearch, type OfferFilter } from '@/features/records/lib/list-filters'
import { recordMessages } from '@/features/records/lib/record-nouns'
import { toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { turnedAwayEndpoints } from '../api/turned-away-endpoints'
import { turnedAwayNouns } from '../lib/nouns'
import { useReferralOptions } from './use-referral-options'

interface NewTurnedAwayFormProps {
  /** The offer the request was for, when the link came from one offer («Nå på senteret»). */
  offer: OfferFilter
  /** The screen the form was opened from (the board, the duty phone): where saving leads back. */
  returnTo: string | null
}

/**
 * Registers a request for a place the centre could not meet. Starts at today's date and the
 * offer it was opened for, so a typical request is four answers and «Lagre» (issue 22: at most
 * six interactions from the board).
 */
export function NewTurnedAwayForm({ offer, returnTo }: NewTurnedAwayFormProps) {
  const create = useCreateRecord(turnedAwayEndpoints)
  const navigate = useNavigate()
  const { centreOptions, error } = useReferralOptions()
  const [defaults] = useState(() => ({
    ...emptyRecord(turnedAwayForm),
    request_date: osloToday(new Date()),
    ...(offer !== 'all' && { offer }),
  }))
  const listHref = `${paths.turnedAway}${offer !== 'all' ? `?offer=${offer}` : ''}`
  if (!centreOptions) return error ? <FormAlert message={toDisplayError(error).message} /> : <LoadingStatus>Laster skjemaet …</LoadingStatus>
  return (
    <RecordForm
      form={turnedAwayForm}
      defaultValues={defaults}
      centreOptions={centreOptions}
      draft={{ key: 'turned_away:new' }}
      submitLabel="Lagre henvendelsen"
      onSubmit={async (values) => {
        const saved = await create.mutateAsync({ values })
        const year = Number(saved.values.request_date?.slice(0, 4))
        await navigate(returnTo ?? `${paths.turnedAway}${yearListSearch(year, offer)}`, { state: flashState(recordMessages(turnedAwayNouns).created) })
      }}
      actions={<Link to={returnTo ?? listHref}>Avbryt</Link>}
    />
  )
}
