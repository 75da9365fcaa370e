import { dayVisitForm } from '@ly/forms'
import { useQueryClient } from '@tanstack/react-query'
import { RecordEditor } from '@/features/records/components/record-editor'
import { yearListSearch } from '@/features/records/lib/list-filters'
import { useApi } from '@/lib/api-context'
import { paths } from '@/lib/paths'
import { useDeleteDayVisit } from '../api/delete-day-visit'
import { dayVisitQueryOptions } from '../api/get-day-visit'
import type { DayVisit } from '../api/get-day-visits'
import { useFindLatestDayVisit } from '../api/get-latest-day-visit'
import { useUpdateDayVisit } from '../api/update-day-visit'
import { useWithdrawDayVisitConsent } from '../api/withdraw-day-visit-consent'
import { dayVisitNouns } from '../lib/labels'

/** Corrects a saved day visit, withdraws its consent or deletes it (RecordEditor). */
export function DayVisitEditor({ initial }: { initial: DayVisit }) {
  const api = useApi()
  const queryClient = useQueryClient()
  const update = useUpdateDayVisit(initial.id)
  const withdraw = useWithdrawDayVisitConsent(initial.id)
  const remove = useDeleteDayVisit(initial.id)
  const findLatest = useFindLatestDayVisit()
  return (
    <RecordEditor
      form={dayVisitForm}
      initial={initial}
      nouns={dayVisitNouns}
      heading={(_, date) => `Dagbesøk ${date}`}
      listHref={(visit) => `${paths.dayVisits}${yearListSearch(Number(visit.values.visit_date?.slice(0, 4)))}`}
      save={(version, values) => update.mutateAsync({ version, values })}
      reload={() => queryClient.fetchQuery({ ...dayVisitQueryOptions(api, initial.id), staleTime: 0 })}
      withdrawConsent={(version) => withdraw.mutateAsync(version)}
      remove={(version) => remove.mutateAsync(version)}
      findLatestByCaseCode={findLatest}
    />
  )
}
