import { RecordList } from '@/features/records/components/record-list'
import { useDayVisits } from '../api/get-day-visits'
import { dayVisitNouns } from '../lib/labels'
import type { DayVisitFilters } from '../lib/list-filters'
import { DayVisitsTable } from './day-visits-table'

/** The visits matching the filters, newest first (the BFF's order), a page at a time. */
export function DayVisitList({ filters }: { filters: DayVisitFilters }) {
  return (
    <RecordList records={useDayVisits(filters)} loadingText="Laster dagbesøk …" emptyText="Ingen dagbesøk registrert for valgene over." nouns={dayVisitNouns}>
      {(visits, total) => <DayVisitsTable visits={visits} total={total} filters={filters} />}
    </RecordList>
  )
}
