import { Link } from 'react-router'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { RecordListPage } from '@/features/records/components/record-list-page'
import { TurnedAwayList } from '@/features/turned-away/components/turned-away-list'
import { REGISTER_TURNED_AWAY, TURNED_AWAY_TITLE } from '@/features/turned-away/lib/nouns'
import { paths } from '@/lib/paths'

export function TurnedAwayRoute() {
  const { user } = useCurrentSession()
  return (
    <RecordListPage
      heading={TURNED_AWAY_TITLE}
      filterLabel="Filtrer avviste henvendelser"
      newRecord={{ label: REGISTER_TURNED_AWAY, path: paths.newTurnedAway }}
      consent={false}
      caseCode={false}
      intro={
        <>
          <p>Henvendelser om botilbud som senteret ikke kunne ta imot. Ly lagrer ingen opplysninger om den som henvendte seg.</p>
          {user.role === 'admin' ? (
            <p>
              <Link to={paths.adminReferralCentres}>Endre listen over krisesentre å henvise til</Link>
            </p>
          ) : null}
        </>
      }
    >
      {(filters) => <TurnedAwayList filters={filters} />}
    </RecordListPage>
  )
}
