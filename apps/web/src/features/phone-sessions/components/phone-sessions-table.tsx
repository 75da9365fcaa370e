import { findField, optionLabel, phoneSessionForm } from '@ly/forms'
import { generatePath } from 'react-router'
import { EmptyCell } from '@/features/records/components/empty-cell'
import { RecordTable, type RecordColumn } from '@/features/records/components/record-table'
import { offerLabels, yesNo } from '@/features/records/lib/labels'
import { listCaption } from '@/features/records/lib/list-caption'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { paths } from '@/lib/paths'
import type { PhoneSession } from '../api/phone-session-endpoints'
import { PHONE_SESSIONS_TITLE, phoneSessionNouns } from '../lib/nouns'

/** An answer as its option's label in the definition, or a dash when unanswered. */
const label = (key: string) => {
  const field = findField(phoneSessionForm, key)
  return (value: string | null) => (value && field ? optionLabel(field, value) : <EmptyCell />)
}
const channel = label('channel')
const sex = label('sex')

const columns: readonly RecordColumn<PhoneSession>[] = [
  { header: 'Tilbud', cell: ({ values }) => (values.offer ? offerLabels[values.offer] : <EmptyCell />) },
  { header: 'Samtykke', cell: ({ values }) => yesNo(values.consent_to_statistics) },
  { header: 'Saksnummer', cell: ({ values }) => values.case_code ?? <EmptyCell /> },
  { header: 'Kanal', cell: ({ values }) => channel(values.channel) },
  { header: 'Kjønn', cell: ({ values }) => sex(values.sex) },
]

/** `total` counts every page of the list; `sessions` are those fetched so far. */
export function PhoneSessionsTable({ sessions, total, filters }: { sessions: readonly PhoneSession[]; total: number; filters: RecordFilters }) {
  return (
    <RecordTable
      caption={listCaption(PHONE_SESSIONS_TITLE, phoneSessionNouns, filters, total)}
      records={sessions}
      dateField={phoneSessionForm.dateField}
      href={({ id }) => generatePath(paths.phoneSession, { id })}
      linkLabel={(_, date) => `Åpne samtale ${date}`}
      columns={columns}
    />
  )
}
