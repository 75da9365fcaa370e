import { RecordListPage } from '@/features/records/components/record-list-page'
import { TurnedAwayList } from '@/features/turned-away/components/turned-away-list'
import { REGISTER_TURNED_AWAY, TURNED_AWAY_TITLE } from '@/features/turned-away/lib/nouns'
import { paths } from '@/lib/paths'

export function TurnedAwayRoute() {
  return (
    <RecordListPage
      heading={TURNED_AWAY_TITLE}
      filterLabel="Filtrer avviste henvendelser"
      newRecord={{ label: REGISTER_TURNED_AWAY, path: paths.newTurnedAway }}
      consent={false}
      caseCode={false}
      intro={<p>Henvendelser om botilbud som senteret ikke kunne ta imot. Ly lagrer ingen opplysninger om den som henvendte seg.</p>}
    >
      {(filters) => <TurnedAwayList filters={filters} />}
    </RecordListPage>
  )
}
