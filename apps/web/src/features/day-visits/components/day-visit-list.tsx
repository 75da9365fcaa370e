import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { useDayVisits } from '../api/get-day-visits'
import type { DayVisitFilters } from '../lib/list-filters'
import { DayVisitsTable } from './day-visits-table'

/** The visits matching the filters, newest first (the BFF's order). */
export function DayVisitList({ filters }: { filters: DayVisitFilters }) {
  const visits = useDayVisits(filters)
  if (visits.isPending) return <LoadingStatus>Laster dagbesøk …</LoadingStatus>
  if (visits.isError) return <FormAlert message={toDisplayError(visits.error).message} />
  if (visits.data.length === 0) {
    return <p className="lead">Ingen dagbesøk registrert for valgene over.</p>
  }
  return <DayVisitsTable visits={visits.data} filters={filters} />
}
