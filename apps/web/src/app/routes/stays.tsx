import { Link, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { StatusMessage } from '@/features/records/components/status-message'
import { useFlashStatus } from '@/features/records/components/use-flash-status'
import { StayFiltersForm } from '@/features/residents/components/stay-filters'
import { StayList } from '@/features/residents/components/stay-list'
import { readStayFilters, stayFiltersToSearch } from '@/features/residents/lib/list-filters'
import { paths } from '@/lib/paths'

export function StaysRoute() {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = readStayFilters(searchParams)
  const [status, setStatus] = useFlashStatus()
  // A new stay starts in the offer the list shows, if it shows one.
  const newStay = `${paths.newStay}${filters.offer !== 'all' ? `?offer=${filters.offer}` : ''}`
  return (
    <>
      <PageHeading>Opphold</PageHeading>
      <StatusMessage message={status} />
      <div className="page-actions">
        <Link to={newStay} className="button button-primary">
          Registrer innflytting
        </Link>
        <Link to={paths.occupancy} className="button">
          Nå på senteret
        </Link>
      </div>
      <StayFiltersForm
        filters={filters}
        onChange={(next) => {
          setStatus(null)
          setSearchParams(stayFiltersToSearch(next), { replace: true })
        }}
      />
      <StayList filters={filters} />
    </>
  )
}
