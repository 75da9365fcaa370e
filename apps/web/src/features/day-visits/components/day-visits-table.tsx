import { dayVisitForm } from '@ly/forms'
import { generatePath } from 'react-router'
import { caseCodeColumn, consentColumn, offerColumn } from '@/features/records/components/list-columns'
import { RecordTable } from '@/features/records/components/record-table'
import { listCaption } from '@/features/records/lib/list-caption'
import { paths } from '@/lib/paths'
import type { DayVisit } from '../api/day-visit-endpoints'
import { dayVisitNouns } from '../lib/labels'
import type { DayVisitFilters } from '../lib/list-filters'

/** The bare event; the answers follow the definition's `listFields`. */
const columns = [offerColumn, consentColumn(dayVisitForm), caseCodeColumn()]

/** `total` counts every page of the list; `visits` are those fetched so far. */
export function DayVisitsTable({ visits, total, filters }: { visits: readonly DayVisit[]; total: number; filters: DayVisitFilters }) {
  return (
    <RecordTable
      caption={listCaption('Dagbesøk', dayVisitNouns, filters, total)}
      form={dayVisitForm}
      records={visits}
      href={({ id }) => generatePath(paths.dayVisit, { id })}
      linkLabel={(_, date) => `Åpne besøk ${date}`}
      columns={columns}
    />
  )
}
