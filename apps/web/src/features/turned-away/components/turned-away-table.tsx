import { findField, optionLabel, turnedAwayForm } from '@ly/forms'
import { generatePath } from 'react-router'
import { EmptyCell } from '@/features/records/components/empty-cell'
import { RecordTable, type RecordColumn } from '@/features/records/components/record-table'
import { offerLabels } from '@/features/records/lib/labels'
import { listCaption } from '@/features/records/lib/list-caption'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { paths } from '@/lib/paths'
import type { TurnedAwayRequest } from '../api/turned-away-endpoints'
import { TURNED_AWAY_TITLE, turnedAwayNouns } from '../lib/nouns'

/** An answer as its option's label in the definition, or a dash when unanswered. */
const label = (key: string) => {
  const field = findField(turnedAwayForm, key)
  return (value: string | null) => (value && field ? optionLabel(field, value) : <EmptyCell />)
}
const reason = label('reason')
const requester = label('requester')
const children = label('children_count')

const columns: readonly RecordColumn<TurnedAwayRequest>[] = [
  { header: 'Tilbud', cell: ({ values }) => (values.offer ? offerLabels[values.offer] : <EmptyCell />) },
  { header: 'Hvem', cell: ({ values }) => requester(values.requester) },
  { header: 'Årsak', cell: ({ values }) => reason(values.reason) },
  { header: 'Barn', cell: ({ values }) => children(values.children_count) },
]

/** `total` counts every page of the list; `requests` are those fetched so far. */
export function TurnedAwayTable({ requests, total, filters }: { requests: readonly TurnedAwayRequest[]; total: number; filters: RecordFilters }) {
  return (
    <RecordTable
      caption={listCaption(TURNED_AWAY_TITLE, turnedAwayNouns, filters, total)}
      records={requests}
      dateField={turnedAwayForm.dateField}
      href={({ id }) => generatePath(paths.turnedAwayRequest, { id })}
      linkLabel={(_, date) => `Åpne henvendelse ${date}`}
      columns={columns}
    />
  )
}
