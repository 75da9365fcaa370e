import { RecordList } from '@/features/records/components/record-list'
import { useDayVisits } from '../api/get-day-visits'
import type { DayVisitFilters } from '../lib/list-filters'
import { DayVisitsTable } from './day-visits-table'

/** The visits matching the filters, newest first (the BFF's order). */
export function DayVisitList({ filters }: { filters: DayVisitFilters }) {
  return (
    <RecordList records={useDayVisits(filters)} loadingText="Laster dagbesøk …" emptyText="Ingen dagbesøk registrert for valgene over.">
      {(visits) => <DayVisitsTable visits={visits} filters={filters} />}
    </RecordList>
  )
}
