import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { useRecords } from '@/features/records/api/get-records'
import { RecordList } from '@/features/records/components/record-list'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { toDisplayError } from '@/lib/api-error'
import { useCallerCategories } from '../api/get-caller-categories'
import { incomingCallEndpoints } from '../api/incoming-call-endpoints'
import { callNouns } from '../lib/call-log-nouns'
import { CallLogTable } from './call-log-table'

/** The calls matching the filters, newest first, labelled with the centre's caller categories. */
export function CallLogList({ filters }: { filters: RecordFilters }) {
  const calls = useRecords(incomingCallEndpoints, filters)
  const categories = useCallerCategories()
  if (categories.isPending) return <LoadingStatus>Laster samtaler …</LoadingStatus>
  if (categories.isError) return <FormAlert message={toDisplayError(categories.error).message} />
  return (
    <RecordList records={calls} loadingText="Laster samtaler …" emptyText="Ingen samtaler registrert for valgene over." nouns={callNouns}>
      {(list, total) => <CallLogTable calls={list} total={total} filters={filters} categories={categories.data} />}
    </RecordList>
  )
}
