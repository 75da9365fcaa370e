import { useState } from 'react'
import { childStayForm, emptyRecord } from '@ly/forms'
import { Link, useNavigate } from 'react-router'
import { RecordForm } from '@/features/records/components/record-form'
import { flashState } from '@/features/records/lib/flash'
import { useCreateRecord } from '@/features/records/api/create-record'
import { useFindLatestRecord } from '@/features/records/api/get-latest-record'
import type { AdultStay } from '../api/adult-stay-endpoints'
import { childStayEndpoints } from '../api/child-stay-endpoints'
import { INHERITED_NOTE } from '../lib/labels'
import { stayHref } from '../lib/stay-links'
import '../residents.css'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

/**
 * Registers one more child with a saved adult's stay (a child who arrives later, or one whose
 * check-in could not be saved with the adult's). Starts at the adult's check-in date.
 */
export function NewChildStayForm({ adult }: { adult: AdultStay }) {
  const navigate = useNavigate()
  const create = useCreateRecord(childStayEndpoints)
  const findLatest = useFindLatestRecord(childStayEndpoints)
  const [defaults] = useState(() => ({ ...emptyRecord(childStayForm), stay_start_date: adult.values.stay_start_date }))
  const inherited = { consent_to_statistics: adult.values.consent_to_statistics, offer: adult.values.offer }
  return (
    <RecordForm
      form={childStayForm}
      phases={['check_in']}
      defaultValues={defaults}
      draft={{ key: `child_stay:new:${adult.id}` }}
      inherited={{ values: inherited, note: INHERITED_NOTE }}
      findLatestByCaseCode={findLatest}
      submitLabel="Registrer barnet"
      onSubmit={async (values) => {
        await create.mutateAsync({ parentId: adult.id, values: { ...values, ...nameConfirmation(childStayForm, values) } })
        await navigate(stayHref(adult.id), { state: flashState('Barnet er registrert.') })
      }}
      actions={<Link to={stayHref(adult.id)}>Avbryt</Link>}
    />
  )
}
