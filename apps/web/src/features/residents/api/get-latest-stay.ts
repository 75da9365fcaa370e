import { useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { ApiError, readJson } from '@/lib/api-error'
import type { EarlierRecord } from '@/features/records/components/record-form-context'
import { residentsKeys } from './keys'

type StayForm = 'adult_stay' | 'child_stay'

/** The person's latest stay of this kind, or null when the code has none (404). */
export async function getLatestStay(api: LyApi, form: StayForm, caseCode: string, signal?: AbortSignal): Promise<EarlierRecord | null> {
  const query = { query: { case_code: caseCode } }
  try {
    if (form === 'adult_stay') return await readJson(await api.client['adult-stays'].latest.$get(query, { init: { signal } }))
    return await readJson(await api.client['child-stays'].latest.$get(query, { init: { signal } }))
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/** For a stay form's case-code field: looks a code up when the user leaves the field. */
export function useFindLatestStay(form: StayForm) {
  const api = useApi()
  const queryClient = useQueryClient()
  return (caseCode: string) =>
    queryClient.fetchQuery({
      queryKey: residentsKeys.latest(form, caseCode),
      queryFn: ({ signal }) => getLatestStay(api, form, caseCode, signal),
      staleTime: 0,
    })
}
