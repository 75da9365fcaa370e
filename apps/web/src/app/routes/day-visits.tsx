import { Link, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { DayVisitFiltersForm } from '@/features/day-visits/components/day-visit-filters'
import { DayVisitList } from '@/features/day-visits/components/day-visit-list'
import { filtersToSearch, readFilters } from '@/features/day-visits/lib/list-filters'
import { StatusMessage } from '@/features/records/components/status-message'
import { useFlashStatus } from '@/features/records/components/use-flash-status'
import { paths } from '@/lib/paths'

export function DayVisitsRoute() {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = readFilters(searchParams)
  const [status, setStatus] = useFlashStatus()
  // A new visit starts in the offer the list shows, if it shows one.
  const newVisit = `${paths.newDayVisit}${filters.offer !== 'all' ? `?offer=${filters.offer}` : ''}`
  return (
    <>
      <PageHeading>Dagbesøk</PageHeading>
      <StatusMessage message={status} />
      <div className="page-actions">
        <Link to={newVisit} className="button button-primary">
          Registrer dagbesøk
        </Link>
      </div>
      <DayVisitFiltersForm
        filters={filters}
        onChange={(next) => {
          setStatus(null)
          setSearchParams(filtersToSearch(next), { replace: true })
        }}
      />
      <DayVisitList filters={filters} />
    </>
  )
}
