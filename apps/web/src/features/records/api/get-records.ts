import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import type { RecordFilters } from '../lib/list-filters'
import { recordKeys, type RecordEndpoints, type RecordPage, type SavedRecord } from './record-endpoints'

/**
 * A list's pages for the filters: the first on opening, the next ones when asked ("Vis flere").
 * Invalidating the form's lists fetches every page shown again.
 */
export const recordsQueryOptions = <R extends SavedRecord, I>(api: LyApi, endpoints: RecordEndpoints<R, I>, filters: RecordFilters) =>
  infiniteQueryOptions({
    queryKey: recordKeys(endpoints.key).list(filters),
    queryFn: ({ pageParam, signal }) => endpoints.list(api, filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page: RecordPage<R>) => page.nextCursor,
  })

/** The records matching the filters, newest first (the BFF's order), a page at a time. */
export const useRecords = <R extends SavedRecord, I>(endpoints: RecordEndpoints<R, I>, filters: RecordFilters) =>
  useInfiniteQuery(recordsQueryOptions(useApi(), endpoints, filters))
