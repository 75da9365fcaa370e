import { useParams } from 'react-router'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { adultStayEndpoints } from '@/features/residents/api/adult-stay-endpoints'
import { AdultCheckOut } from '@/features/residents/components/adult-check-out'
import { paths } from '@/lib/paths'

export function StayCheckOutRoute() {
  const { id = '' } = useParams()
  return (
    <RecordPage
      record={useRecord(adultStayEndpoints, id)}
      fresh
      heading="Utflytting"
      loadingText="Laster oppholdet …"
      list={{ href: paths.occupancy, label: 'Til Nå på senteret' }}
    >
      {(stay) => <AdultCheckOut key={id} initial={stay} />}
    </RecordPage>
  )
}
