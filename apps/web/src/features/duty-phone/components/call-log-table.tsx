import { findField, incomingCallForm, optionLabel } from '@ly/forms'
import { generatePath } from 'react-router'
import { RecordTable } from '@/features/records/components/record-table'
import { listCaption } from '@/features/records/lib/list-caption'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { paths } from '@/lib/paths'
import type { CallerCategory } from '../api/get-caller-categories'
import type { IncomingCall } from '../api/incoming-call-endpoints'
import { CALL_LOG_TITLE, callNouns } from '../lib/call-log-nouns'

const callerField = findField(incomingCallForm, 'caller_type')

interface CallLogTableProps {
  /** The calls fetched so far; `total` counts every page of the list. */
  calls: readonly IncomingCall[]
  total: number
  filters: RecordFilters
  /** The centre's caller categories, retired ones included: old calls keep their label. */
  categories: readonly CallerCategory[]
}

/** The call log: every column after the date is an answer of the definition's `listFields`. */
export function CallLogTable({ calls, total, filters, categories }: CallLogTableProps) {
  const callerLabel = (key: string | null) => {
    if (!key) return null
    return categories.find((c) => c.key === key)?.label ?? (callerField ? optionLabel(callerField, key) : key)
  }
  return (
    <RecordTable
      caption={listCaption(CALL_LOG_TITLE, callNouns, filters, total)}
      form={incomingCallForm}
      records={calls}
      href={({ id }) => generatePath(paths.callLogEntry, { id })}
      // Many calls share a date: the caller tells the links apart.
      linkLabel={({ values }, date) => `Åpne samtale ${date}, ${callerLabel(values.caller_type) ?? 'administrativ henvendelse'}`}
      columns={[]}
      centreLabels={{ caller_type: callerLabel }}
    />
  )
}
