import { useParams } from 'react-router'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { adultStayEndpoints } from '@/features/residents/api/adult-stay-endpoints'
import { AdultStayEditor } from '@/features/residents/components/adult-stay-editor'
import { paths } from '@/lib/paths'

export function StayRoute() {
  const { id = '' } = useParams()
  return (
    <RecordPage record={useRecord(adultStayEndpoints, id)} fresh heading="Opphold" loadingText="Laster oppholdet …" list={{ href: paths.stays, label: 'Til listen over opphold' }}>
      {(stay) => <AdultStayEditor key={id} initial={stay} />}
    </RecordPage>
  )
}
