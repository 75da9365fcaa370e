import { dayVisitForm } from '@ly/forms'
import { useRecordEditing } from '@/features/records/api/use-record-editing'
import { RecordEditor } from '@/features/records/components/record-editor'
import { yearListSearch } from '@/features/records/lib/list-filters'
import { paths } from '@/lib/paths'
import { dayVisitEndpoints, type DayVisit } from '../api/day-visit-endpoints'
import { dayVisitNouns } from '../lib/labels'

/** Corrects a saved day visit, withdraws its consent or deletes it (RecordEditor). */
export function DayVisitEditor({ initial }: { initial: DayVisit }) {
  const editing = useRecordEditing(dayVisitEndpoints, initial.id)
  return (
    <RecordEditor
      form={dayVisitForm}
      initial={initial}
      nouns={dayVisitNouns}
      heading={(_, date) => `Dagbesøk ${date}`}
      listHref={(visit) => `${paths.dayVisits}${yearListSearch(Number(visit.values.visit_date?.slice(0, 4)))}`}
      {...editing}
    />
  )
}
