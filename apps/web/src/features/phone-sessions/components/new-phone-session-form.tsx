import { useState } from 'react'
import { emptyRecord, osloToday, phoneSessionForm } from '@ly/forms'
import { Link, useNavigate } from 'react-router'
import { useCreateRecord } from '@/features/records/api/create-record'
import { useFindLatestRecord } from '@/features/records/api/get-latest-record'
import { RecordForm } from '@/features/records/components/record-form'
import { flashState } from '@/features/records/lib/flash'
import { yearListSearch, type OfferFilter } from '@/features/records/lib/list-filters'
import { recordMessages } from '@/features/records/lib/record-nouns'
import { paths } from '@/lib/paths'
import { phoneSessionEndpoints } from '../api/phone-session-endpoints'
import { phoneSessionNouns } from '../lib/nouns'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

/**
 * Registers a one-to-one conversation by phone or video. Starts at today's date and, when the
 * list was filtered to one offer, that offer; the S0:44 rule opens the form (the definition's
 * section text) and must be confirmed before anything is saved.
 */
export function NewPhoneSessionForm({ offer }: { offer: OfferFilter }) {
  const create = useCreateRecord(phoneSessionEndpoints)
  const navigate = useNavigate()
  const findLatest = useFindLatestRecord(phoneSessionEndpoints)
  const [defaults] = useState(() => ({
    ...emptyRecord(phoneSessionForm),
    session_date: osloToday(new Date()),
    ...(offer !== 'all' && { offer }),
  }))

  return (
    <RecordForm
      form={phoneSessionForm}
      defaultValues={defaults}
      draft={{ key: 'phone_session:new' }}
      submitLabel="Lagre samtalen"
      findLatestByCaseCode={findLatest}
      onSubmit={async (values) => {
        const session = await create.mutateAsync({ values: { ...values, ...nameConfirmation(phoneSessionForm, values) } })
        const year = Number(session.values.session_date?.slice(0, 4))
        await navigate(`${paths.phoneSessions}${yearListSearch(year, offer)}`, { state: flashState(recordMessages(phoneSessionNouns).created) })
      }}
      actions={<Link to={`${paths.phoneSessions}${offer !== 'all' ? `?offer=${offer}` : ''}`}>Avbryt</Link>}
    />
  )
}
