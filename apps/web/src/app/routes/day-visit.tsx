import { useParams } from 'react-router'
import { useDayVisit } from '@/features/day-visits/api/get-day-visit'
import { DayVisitEditor } from '@/features/day-visits/components/day-visit-editor'
import { RecordPage } from '@/features/records/components/record-page'
import { paths } from '@/lib/paths'

export function DayVisitRoute() {
  const { id = '' } = useParams()
  return (
    <RecordPage record={useDayVisit(id)} heading="Dagbesøk" loadingText="Laster besøket …" list={{ href: paths.dayVisits, label: 'Til listen over dagbesøk' }}>
      {(visit) => <DayVisitEditor key={id} initial={visit} />}
    </RecordPage>
  )
}
