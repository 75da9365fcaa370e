import { useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { NewDayVisitForm } from '@/features/day-visits/components/new-day-visit-form'
import { readFilters } from '@/features/day-visits/lib/list-filters'

export function NewDayVisitRoute() {
  const [searchParams] = useSearchParams()
  return (
    <>
      <PageHeading>Registrer dagbesøk</PageHeading>
      <NewDayVisitForm offer={readFilters(searchParams).offer} />
    </>
  )
}
