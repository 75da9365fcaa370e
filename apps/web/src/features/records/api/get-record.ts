import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { recordKeys, type RecordItemEndpoints, type SavedRecord } from './record-endpoints'

export const recordQueryOptions = <R extends SavedRecord, I>(api: LyApi, endpoints: RecordItemEndpoints<R, I>, id: string) =>
  queryOptions({
    queryKey: recordKeys(endpoints.key).detail(id),
    queryFn: ({ signal }) => endpoints.get(api, id, signal),
    // The edit form pins the version it opened; a refetch behind it would change nothing it sends.
    refetchOnWindowFocus: false,
  })

export const useRecord = <R extends SavedRecord, I>(endpoints: RecordItemEndpoints<R, I>, id: string) => useQuery(recordQueryOptions(useApi(), endpoints, id))

/** Lists and related queries are stale after any change. */
export function invalidateAfterChange<R extends SavedRecord, I>(queryClient: QueryClient, endpoints: RecordItemEndpoints<R, I>): void {
  const keys = recordKeys(endpoints.key)
  void queryClient.invalidateQueries({ queryKey: keys.lists() })
  void queryClient.invalidateQueries({ queryKey: [...keys.all, 'latest'] })
  for (const queryKey of endpoints.related ?? []) void queryClient.invalidateQueries({ queryKey })
}

/** Keeps the cache true after a change: the record as the server answered, lists refetched. */
export function storeRecord<R extends SavedRecord, I>(queryClient: QueryClient, endpoints: RecordItemEndpoints<R, I>, record: R): void {
  queryClient.setQueryData(recordKeys(endpoints.key).detail(record.id), record)
  invalidateAfterChange(queryClient, endpoints)
}
