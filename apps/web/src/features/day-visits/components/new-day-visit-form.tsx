import { useState } from 'react'
import { dayVisitForm, emptyRecord, osloToday } from '@ly/forms'
import { Link, useNavigate } from 'react-router'
import { useCreateRecord } from '@/features/records/api/create-record'
import { useFindLatestRecord } from '@/features/records/api/get-latest-record'
import { RecordForm } from '@/features/records/components/record-form'
import { flashState } from '@/features/records/lib/flash'
import { paths } from '@/lib/paths'
import { dayVisitEndpoints } from '../api/day-visit-endpoints'
import { filtersToSearch, type OfferFilter } from '../lib/list-filters'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

/**
 * Registers a day visit. Starts at today's date and, when the list was filtered to one offer,
 * that offer; afterwards the list of the visit's year (and that offer) says it was saved.
 */
export function NewDayVisitForm({ offer }: { offer: OfferFilter }) {
  const create = useCreateRecord(dayVisitEndpoints)
  const navigate = useNavigate()
  const findLatest = useFindLatestRecord(dayVisitEndpoints)
  const [defaults] = useState(() => ({
    ...emptyRecord(dayVisitForm),
    visit_date: osloToday(new Date()),
    ...(offer !== 'all' && { offer }),
  }))
  const listSearch = (year: number) => filtersToSearch({ year, offer, month: null, consent: 'all', caseCode: '' })

  return (
    <RecordForm
      form={dayVisitForm}
      defaultValues={defaults}
      draft={{ key: 'day_visit:new' }}
      submitLabel="Lagre besøket"
      findLatestByCaseCode={findLatest}
      onSubmit={async (values) => {
        const visit = await create.mutateAsync({ values: { ...values, ...nameConfirmation(dayVisitForm, values) } })
        const year = Number(visit.values.visit_date?.slice(0, 4))
        await navigate(`${paths.dayVisits}${listSearch(year)}`, { state: flashState('Besøket er lagret.') })
      }}
      actions={<Link to={`${paths.dayVisits}${offer !== 'all' ? `?offer=${offer}` : ''}`}>Avbryt</Link>}
    />
  )
}
