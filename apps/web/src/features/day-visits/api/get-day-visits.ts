import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
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

export async function getDayVisits(api: LyApi, filters: DayVisitFilters, signal?: AbortSignal): Promise<DayVisit[]> {
  const query = {
    year: String(filters.year),
    offer: filters.offer,
    consent: filters.consent,
    ...(filters.month !== null && { month: String(filters.month) }),
    ...(filters.caseCode && { case_code: filters.caseCode }),
  }
  const { records } = await readJson(await api.client['day-visits'].$get({ query }, { init: { signal } }))
  return records
}

export const dayVisitsQueryOptions = (api: LyApi, filters: DayVisitFilters) =>
  queryOptions({
    queryKey: dayVisitsKeys.list(filters),
    queryFn: ({ signal }) => getDayVisits(api, filters, signal),
  })

export const useDayVisits = (filters: DayVisitFilters) => useQuery(dayVisitsQueryOptions(useApi(), filters))
