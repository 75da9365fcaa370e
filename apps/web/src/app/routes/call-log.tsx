import { Link } from 'react-router'
import { CallLogList } from '@/features/duty-phone/components/call-log-list'
import { CALL_LOG_TITLE } from '@/features/duty-phone/lib/call-log-nouns'
import { RecordListPage } from '@/features/records/components/record-list-page'
import { paths } from '@/lib/paths'

export function CallLogRoute() {
  return (
    <RecordListPage
      heading={CALL_LOG_TITLE}
      filterLabel="Filtrer innkomne samtaler"
      consent={false}
      caseCode={false}
      intro={
        <p>
          Samtalene på vakttelefonen, registrert på <Link to={paths.dutyPhone}>hurtigregistreringen</Link>. Åpne en samtale for å rette eller slette den.
        </p>
      }
    >
      {(filters) => <CallLogList filters={filters} />}
    </RecordListPage>
  )
}
