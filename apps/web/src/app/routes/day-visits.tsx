import { DayVisitList } from '@/features/day-visits/components/day-visit-list'
import { RecordListPage } from '@/features/records/components/record-list-page'
import { paths } from '@/lib/paths'

export function DayVisitsRoute() {
  return (
    <RecordListPage heading="Dagbesøk" filterLabel="Filtrer dagbesøk" newRecord={{ label: 'Registrer dagbesøk', path: paths.newDayVisit }}>
      {(filters) => <DayVisitList filters={filters} />}
    </RecordListPage>
  )
}
