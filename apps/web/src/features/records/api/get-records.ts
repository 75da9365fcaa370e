import { infiniteQueryOptions, useInfiniteQuery, type QueryKey } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import type { RecordFilters } from '../lib/list-filters'
import { recordKeys, type RecordListEndpoint, type RecordPage } from './record-endpoints'

/**
 * A paged list's query: the first page on opening, the next ones when asked ("Vis flere"), each
 * asked for by the cursor the page before it gave. Invalidating the list fetches every page shown
 * again.
 */
export const pagedListQueryOptions = <K extends QueryKey, R>(queryKey: K, fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<RecordPage<R>>) =>
  infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page: RecordPage<R>) => page.nextCursor,
  })

export const recordsQueryOptions = <L, Fl extends RecordFilters>(api: LyApi, endpoints: RecordListEndpoint<L, Fl>, filters: Fl) =>
  pagedListQueryOptions(recordKeys(endpoints.key).list(filters), (cursor, signal) => endpoints.list(api, filters, cursor, signal))

/** The records matching the filters, newest first (the BFF's order), a page at a time. */
export const useRecords = <L, Fl extends RecordFilters>(endpoints: RecordListEndpoint<L, Fl>, filters: Fl) => useInfiniteQuery(recordsQueryOptions(useApi(), endpoints, filters))
