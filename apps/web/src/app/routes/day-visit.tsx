import { useParams } from 'react-router'
import { dayVisitEndpoints } from '@/features/day-visits/api/day-visit-endpoints'
import { DayVisitEditor } from '@/features/day-visits/components/day-visit-editor'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { paths } from '@/lib/paths'

export function DayVisitRoute() {
  const { id = '' } = useParams()
  return (
    <RecordPage record={useRecord(dayVisitEndpoints, id)} heading="Dagbesøk" loadingText="Laster besøket …" list={{ href: paths.dayVisits, label: 'Til listen over dagbesøk' }}>
      {(visit) => <DayVisitEditor key={id} initial={visit} />}
    </RecordPage>
  )
}
