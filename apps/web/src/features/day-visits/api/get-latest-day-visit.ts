import { queryOptions, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { ApiError, readJson } from '@/lib/api-error'
import { dayVisitsKeys, type DayVisit } from './get-day-visits'

/** The latest day visit with this case code, or null when the code has none (404). */
export async function getLatestDayVisit(api: LyApi, caseCode: string, signal?: AbortSignal): Promise<DayVisit | null> {
  try {
    return await readJson(await api.client['day-visits'].latest.$get({ query: { case_code: caseCode } }, { init: { signal } }))
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export const latestDayVisitQueryOptions = (api: LyApi, caseCode: string) =>
  queryOptions({
    queryKey: dayVisitsKeys.latest(caseCode),
    queryFn: ({ signal }) => getLatestDayVisit(api, caseCode, signal),
  })

/** For the form's case-code field: looks a code up when the user leaves the field. */
export function useFindLatestDayVisit() {
  const api = useApi()
  const queryClient = useQueryClient()
  return (caseCode: string) => queryClient.fetchQuery({ ...latestDayVisitQueryOptions(api, caseCode), staleTime: 0 })
}
