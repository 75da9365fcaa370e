import { useRecords } from '@/features/records/api/get-records'
import { RecordList } from '@/features/records/components/record-list'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { turnedAwayEndpoints } from '../api/turned-away-endpoints'
import { turnedAwayNouns } from '../lib/nouns'
import { TurnedAwayTable } from './turned-away-table'

/** The requests matching the filters, newest first (the BFF's order), a page at a time. */
export function TurnedAwayList({ filters }: { filters: RecordFilters }) {
  return (
    <RecordList
      records={useRecords(turnedAwayEndpoints, filters)}
      loadingText="Laster avviste henvendelser …"
      emptyText="Ingen avviste henvendelser registrert for valgene over."
      nouns={turnedAwayNouns}
    >
      {(requests, total) => <TurnedAwayTable requests={requests} total={total} filters={filters} />}
    </RecordList>
  )
}
