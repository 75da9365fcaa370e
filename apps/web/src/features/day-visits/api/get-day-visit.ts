import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { dayVisitsKeys, type DayVisit } from './get-day-visits'

export async function getDayVisit(api: LyApi, id: string, signal?: AbortSignal): Promise<DayVisit> {
  return readJson(await api.client['day-visits'][':id'].$get({ param: { id } }, { init: { signal } }))
}

export const dayVisitQueryOptions = (api: LyApi, id: string) =>
  queryOptions({
    queryKey: dayVisitsKeys.detail(id),
    queryFn: ({ signal }) => getDayVisit(api, id, signal),
    // The edit form pins the version it opened; a refetch behind it would change nothing it sends.
    refetchOnWindowFocus: false,
  })

export const useDayVisit = (id: string) => useQuery(dayVisitQueryOptions(useApi(), id))

/** Keeps the cache true after a change: the record as the server answered, lists refetched. */
export function storeDayVisit(queryClient: QueryClient, visit: DayVisit): void {
  queryClient.setQueryData(dayVisitsKeys.detail(visit.id), visit)
  void queryClient.invalidateQueries({ queryKey: dayVisitsKeys.lists() })
  void queryClient.invalidateQueries({ queryKey: [...dayVisitsKeys.all, 'latest'] })
}
