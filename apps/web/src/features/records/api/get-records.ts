import { queryOptions, useQuery } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import type { RecordFilters } from '../lib/list-filters'
import { recordKeys, type RecordEndpoints, type SavedRecord } from './record-endpoints'

export const recordsQueryOptions = <R extends SavedRecord, I>(api: LyApi, endpoints: RecordEndpoints<R, I>, filters: RecordFilters) =>
  queryOptions({
    queryKey: recordKeys(endpoints.key).list(filters),
    queryFn: ({ signal }) => endpoints.list(api, filters, signal),
  })

/** The records matching the filters, newest first (the BFF's order). */
export const useRecords = <R extends SavedRecord, I>(endpoints: RecordEndpoints<R, I>, filters: RecordFilters) =>
  useQuery(recordsQueryOptions(useApi(), endpoints, filters))
