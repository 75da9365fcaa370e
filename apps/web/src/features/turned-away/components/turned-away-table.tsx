import { turnedAwayForm } from '@ly/forms'
import { generatePath } from 'react-router'
import { offerColumn } from '@/features/records/components/list-columns'
import { RecordTable } from '@/features/records/components/record-table'
import { listCaption } from '@/features/records/lib/list-caption'
import type { RecordFilters } from '@/features/records/lib/list-filters'
import { paths } from '@/lib/paths'
import type { TurnedAwayRequest } from '../api/turned-away-endpoints'
import { TURNED_AWAY_TITLE, turnedAwayNouns } from '../lib/nouns'

/** The bare event (a request has no consent or case code); the answers follow `listFields`. */
const columns = [offerColumn]

/** `total` counts every page of the list; `requests` are those fetched so far. */
export function TurnedAwayTable({ requests, total, filters }: { requests: readonly TurnedAwayRequest[]; total: number; filters: RecordFilters }) {
  return (
    <RecordTable
      caption={listCaption(TURNED_AWAY_TITLE, turnedAwayNouns, filters, total)}
      form={turnedAwayForm}
      records={requests}
      href={({ id }) => generatePath(paths.turnedAwayRequest, { id })}
      linkLabel={(_, date) => `Åpne henvendelse ${date}`}
      columns={columns}
    />
  )
}
