import { useParams } from 'react-router'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { turnedAwayEndpoints } from '@/features/turned-away/api/turned-away-endpoints'
import { TurnedAwayEditor } from '@/features/turned-away/components/turned-away-editor'
import { paths } from '@/lib/paths'

export function TurnedAwayRequestRoute() {
  const { id = '' } = useParams()
  return (
    <RecordPage
      record={useRecord(turnedAwayEndpoints, id)}
      heading="Avvist henvendelse"
      loadingText="Laster henvendelsen …"
      list={{ href: paths.turnedAway, label: 'Til listen over avviste henvendelser' }}
    >
      {(request) => <TurnedAwayEditor key={id} initial={request} />}
    </RecordPage>
  )
}
