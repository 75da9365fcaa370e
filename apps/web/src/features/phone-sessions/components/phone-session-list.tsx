import { useRecords } from '@/features/records/api/get-records'
import { RecordList } from '@/features/records/components/record-list'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { phoneSessionEndpoints } from '../api/phone-session-endpoints'
import { phoneSessionNouns } from '../lib/nouns'
import { PhoneSessionsTable } from './phone-sessions-table'

/** The conversations matching the filters, newest first (the BFF's order), a page at a time. */
export function PhoneSessionList({ filters }: { filters: RecordFilters }) {
  return (
    <RecordList
      records={useRecords(phoneSessionEndpoints, filters)}
      loadingText="Laster samtaler …"
      emptyText="Ingen samtaler registrert for valgene over."
      nouns={phoneSessionNouns}
    >
      {(sessions, total) => <PhoneSessionsTable sessions={sessions} total={total} filters={filters} />}
    </RecordList>
  )
}
