import { phoneSessionForm } from '@ly/forms'
import { generatePath } from 'react-router'
import { caseCodeColumn, consentColumn, offerColumn } from '@/features/records/components/list-columns'
import { RecordTable } from '@/features/records/components/record-table'
import { listCaption } from '@/features/records/lib/list-caption'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { paths } from '@/lib/paths'
import type { PhoneSession } from '../api/phone-session-endpoints'
import { PHONE_SESSIONS_TITLE, phoneSessionNouns } from '../lib/nouns'

/** The bare event; the answers follow the definition's `listFields`. */
const columns = [offerColumn, consentColumn(phoneSessionForm), caseCodeColumn()]

/** `total` counts every page of the list; `sessions` are those fetched so far. */
export function PhoneSessionsTable({ sessions, total, filters }: { sessions: readonly PhoneSession[]; total: number; filters: RecordFilters }) {
  return (
    <RecordTable
      caption={listCaption(PHONE_SESSIONS_TITLE, phoneSessionNouns, filters, total)}
      form={phoneSessionForm}
      records={sessions}
      href={({ id }) => generatePath(paths.phoneSession, { id })}
      linkLabel={(_, date) => `Åpne samtale ${date}`}
      columns={columns}
    />
  )
}
