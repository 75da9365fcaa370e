import { PhoneSessionList } from '@/features/phone-sessions/components/phone-session-list'
import { PHONE_SESSIONS_TITLE } from '@/features/phone-sessions/lib/nouns'
import { RecordListPage } from '@/features/records/components/record-list-page'
import { paths } from '@/lib/paths'

export function PhoneSessionsRoute() {
  return (
    <RecordListPage heading={PHONE_SESSIONS_TITLE} filterLabel="Filtrer samtaler" newRecord={{ label: 'Registrer samtale', path: paths.newPhoneSession }}>
      {(filters) => <PhoneSessionList filters={filters} />}
    </RecordListPage>
  )
}
