import { useParams } from 'react-router'
import { phoneSessionEndpoints } from '@/features/phone-sessions/api/phone-session-endpoints'
import { PhoneSessionEditor } from '@/features/phone-sessions/components/phone-session-editor'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { paths } from '@/lib/paths'

export function PhoneSessionRoute() {
  const { id = '' } = useParams()
  return (
    <RecordPage
      record={useRecord(phoneSessionEndpoints, id)}
      heading="Enesamtale"
      loadingText="Laster samtalen …"
      list={{ href: paths.phoneSessions, label: 'Til listen over enesamtaler' }}
    >
      {(session) => <PhoneSessionEditor key={id} initial={session} />}
    </RecordPage>
  )
}
