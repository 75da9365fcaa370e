import { useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { caseHistoryOrNull, caseHistoryQuery } from '@/features/records/api/record-endpoints'
import { residentsKeys } from './keys'

type StayForm = 'adult_stay' | 'child_stay'

/** What Ly knows of this case code, or null when it has never seen it (404). */
export const getLatestStay = (api: LyApi, form: StayForm, caseCode: string, date: string | undefined, signal?: AbortSignal) =>
  caseHistoryOrNull(async () => {
    const query = caseHistoryQuery(caseCode, date)
    if (form === 'adult_stay') return readJson(await api.client['adult-stays'].latest.$get(query, { init: { signal } }))
    return readJson(await api.client['child-stays'].latest.$get(query, { init: { signal } }))
  })

/** For a stay form's case-code field: looks a code up when the user leaves the field. */
export function useFindLatestStay(form: StayForm) {
  const api = useApi()
  const queryClient = useQueryClient()
  return (caseCode: string, date: string | undefined) =>
    queryClient.fetchQuery({
      queryKey: residentsKeys.latest(form, caseCode, date),
      queryFn: ({ signal }) => getLatestStay(api, form, caseCode, date, signal),
      staleTime: 0,
    })
}
