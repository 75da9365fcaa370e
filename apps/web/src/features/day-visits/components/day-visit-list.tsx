import { useRecords } from '@/features/records/api/get-records'
import { RecordList } from '@/features/records/components/record-list'
import { dayVisitEndpoints } from '../api/day-visit-endpoints'
import { dayVisitNouns } from '../lib/labels'
import type { DayVisitFilters } from '../lib/list-filters'
import { DayVisitsTable } from './day-visits-table'

/** The visits matching the filters, newest first (the BFF's order), a page at a time. */
export function DayVisitList({ filters }: { filters: DayVisitFilters }) {
  return (
    <RecordList records={useRecords(dayVisitEndpoints, filters)} loadingText="Laster dagbesøk …" emptyText="Ingen dagbesøk registrert for valgene over." nouns={dayVisitNouns}>
      {(visits, total) => <DayVisitsTable visits={visits} total={total} filters={filters} />}
    </RecordList>
  )
}
