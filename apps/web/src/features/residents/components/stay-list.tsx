import { RecordList } from '@/features/records/components/record-list'
import { useRecords } from '@/features/records/api/get-records'
import { adultStayEndpoints } from '../api/adult-stay-endpoints'
import { adultStayNouns } from '../lib/labels'
import type { StayFilters } from '../lib/list-filters'
import { StaysTable } from './stays-table'
import '../residents.css'

/** The stays matching the filters: every stay with a night in the year (or month) chosen, a page at a time. */
export function StayList({ filters }: { filters: StayFilters }) {
  return (
    <RecordList records={useRecords(adultStayEndpoints, filters)} loadingText="Laster opphold …" emptyText="Ingen opphold registrert for valgene over." nouns={adultStayNouns}>
      {(stays, total) => <StaysTable stays={stays} total={total} filters={filters} />}
    </RecordList>
  )
}
