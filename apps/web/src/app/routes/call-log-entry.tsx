import { useParams } from 'react-router'
import { incomingCallEndpoints } from '@/features/duty-phone/api/incoming-call-endpoints'
import { CallEditor } from '@/features/duty-phone/components/call-editor'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { paths } from '@/lib/paths'

export function CallLogEntryRoute() {
  const { id = '' } = useParams()
  return (
    <RecordPage
      record={useRecord(incomingCallEndpoints, id)}
      heading="Innkommende samtale"
      loadingText="Laster samtalen …"
      list={{ href: paths.callLog, label: 'Til listen over innkomne samtaler' }}
    >
      {(call) => <CallEditor key={id} initial={call} />}
    </RecordPage>
  )
}
