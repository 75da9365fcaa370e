import { findField, incomingCallForm, optionLabel } from '@ly/forms'
import { generatePath } from 'react-router'
import { EmptyCell } from '@/features/records/components/empty-cell'
import { RecordTable, type RecordColumn } from '@/features/records/components/record-table'
import { yesNo } from '@/features/records/lib/labels'
import { listCaption } from '@/features/records/lib/list-caption'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { paths } from '@/lib/paths'
import type { CallerCategory } from '../api/get-caller-categories'
import type { IncomingCall } from '../api/incoming-call-endpoints'
import { CALL_LOG_TITLE, callNouns } from '../lib/call-log-nouns'

const callerField = findField(incomingCallForm, 'caller_type')
const reasonField = findField(incomingCallForm, 'call_reason')

interface CallLogTableProps {
  /** The calls fetched so far; `total` counts every page of the list. */
  calls: readonly IncomingCall[]
  total: number
  filters: RecordFilters
  /** The centre's caller categories, retired ones included: old calls keep their label. */
  categories: readonly CallerCategory[]
}

export function CallLogTable({ calls, total, filters, categories }: CallLogTableProps) {
  const callerLabel = (key: string | null) => {
    if (!key) return null
    return categories.find((c) => c.key === key)?.label ?? (callerField ? optionLabel(callerField, key) : key)
  }
  const columns: readonly RecordColumn<IncomingCall>[] = [
    { header: 'Hvem ringte', cell: ({ values }) => callerLabel(values.caller_type) ?? <EmptyCell /> },
    { header: 'Gjelder vold/krisesenter', cell: ({ values }) => yesNo(values.in_scope) },
    { header: 'Krisetelefon', cell: ({ values }) => (values.is_crisis_call === null ? <EmptyCell /> : yesNo(values.is_crisis_call)) },
    { header: 'Årsak', cell: ({ values }) => (values.call_reason && reasonField ? optionLabel(reasonField, values.call_reason) : <EmptyCell />) },
  ]
  return (
    <RecordTable
      caption={listCaption(CALL_LOG_TITLE, callNouns, filters, total)}
      records={calls}
      dateField={incomingCallForm.dateField}
      href={({ id }) => generatePath(paths.callLogEntry, { id })}
      // Many calls share a date: the caller tells the links apart.
      linkLabel={({ values }, date) => `Åpne samtale ${date}, ${callerLabel(values.caller_type) ?? 'administrativ henvendelse'}`}
      columns={columns}
    />
  )
}
