import { useInfiniteQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import { pagedListQueryOptions } from '@/features/records/api/get-records'
import type { RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery } from '@/features/records/lib/list-filters'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { DayVisitFilters } from '../lib/list-filters'

type DayVisitsClient = LyApi['client']['day-visits']

/** A stored day visit: meta data and the answers keyed by the definition's field keys. */
export type DayVisit = InferResponseType<DayVisitsClient[':id']['$get'], 200>
export type DayVisitValues = DayVisit['values']

export const dayVisitsKeys = {
  all: ['day-visits'] as const,
  lists: () => [...dayVisitsKeys.all, 'list'] as const,
  list: (filters: DayVisitFilters) => [...dayVisitsKeys.lists(), filters] as const,
  detail: (id: string) => [...dayVisitsKeys.all, 'detail', id] as const,
  latest: (caseCode: string) => [...dayVisitsKeys.all, 'latest', caseCode] as const,
}

/** A page of the visits matching the filters: the first with `cursor` null. */
export async function getDayVisits(api: LyApi, filters: DayVisitFilters, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<DayVisit>> {
  return readJson(await api.client['day-visits'].$get({ query: listQuery(filters, cursor) }, { init: { signal } }))
}

export const dayVisitsQueryOptions = (api: LyApi, filters: DayVisitFilters) =>
  pagedListQueryOptions(dayVisitsKeys.list(filters), (cursor, signal) => getDayVisits(api, filters, cursor, signal))

export const useDayVisits = (filters: DayVisitFilters) => useInfiniteQuery(dayVisitsQueryOptions(useApi(), filters))
