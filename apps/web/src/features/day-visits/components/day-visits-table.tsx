import { dayVisitForm, findField, optionLabel } from '@ly/forms'
import { generatePath } from 'react-router'
import { EmptyCell } from '@/features/records/components/empty-cell'
import { RecordTable, type RecordColumn } from '@/features/records/components/record-table'
import { listCaption } from '@/features/records/lib/list-caption'
import { formatInteger } from '@/features/records/lib/numbers'
import { paths } from '@/lib/paths'
import type { DayVisit } from '../api/day-visit-endpoints'
import { dayVisitNouns, offerLabels, yesNo } from '../lib/labels'
import type { DayVisitFilters } from '../lib/list-filters'

const sexField = findField(dayVisitForm, 'sex')

const columns: readonly RecordColumn<DayVisit>[] = [
  { header: 'Tilbud', cell: ({ values }) => (values.offer ? offerLabels[values.offer] : <EmptyCell />) },
  { header: 'Samtykke', cell: ({ values }) => yesNo(values.consent_to_statistics) },
  { header: 'Saksnummer', cell: ({ values }) => values.case_code ?? <EmptyCell /> },
  { header: 'Kjønn', cell: ({ values }) => (values.sex && sexField ? optionLabel(sexField, values.sex) : <EmptyCell />) },
  { header: 'Alder', cell: ({ values }) => (values.age !== null ? formatInteger(values.age) : <EmptyCell />) },
]

/** `total` counts every page of the list; `visits` are those fetched so far. */
export function DayVisitsTable({ visits, total, filters }: { visits: readonly DayVisit[]; total: number; filters: DayVisitFilters }) {
  return (
    <RecordTable
      caption={listCaption('Dagbesøk', dayVisitNouns, filters, total)}
      records={visits}
      dateField={dayVisitForm.dateField}
      href={({ id }) => generatePath(paths.dayVisit, { id })}
      linkLabel={(_, date) => `Åpne besøk ${date}`}
      columns={columns}
    />
  )
}
