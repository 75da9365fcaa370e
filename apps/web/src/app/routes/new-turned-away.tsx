import { useLocation, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { readRecordFilters } from '@/features/records/lib/list-filters'
import { readReturnTo } from '@/lib/return-to'
import { NewTurnedAwayForm } from '@/features/turned-away/components/new-turned-away-form'
import { REGISTER_TURNED_AWAY } from '@/features/turned-away/lib/nouns'

export function NewTurnedAwayRoute() {
  const [searchParams] = useSearchParams()
  const location = useLocation()
  return (
    <>
      <PageHeading>{REGISTER_TURNED_AWAY}</PageHeading>
      <NewTurnedAwayForm offer={readRecordFilters(searchParams).offer} returnTo={readReturnTo(location.state)} />
    </>
  )
}
