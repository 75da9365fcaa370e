import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { StayFilters } from '../lib/list-filters'
import { residentsKeys } from './keys'

/** A list row: the bare event and the list fields, with the derived facts of the whole stay. */
export type ListedAdultStay = InferResponseType<LyApi['client']['adult-stays']['$get'], 200>['records'][number]

export async function getAdultStays(api: LyApi, filters: StayFilters, signal?: AbortSignal): Promise<ListedAdultStay[]> {
  const query = {
    year: String(filters.year),
    offer: filters.offer,
    consent: filters.consent,
    status: filters.status,
    ...(filters.month !== null && { month: String(filters.month) }),
    ...(filters.caseCode && { case_code: filters.caseCode }),
  }
  const { records } = await readJson(await api.client['adult-stays'].$get({ query }, { init: { signal } }))
  return records
}

export const adultStaysQueryOptions = (api: LyApi, filters: StayFilters) =>
  queryOptions({
    queryKey: residentsKeys.adultList(filters),
    queryFn: ({ signal }) => getAdultStays(api, filters, signal),
  })

export const useAdultStays = (filters: StayFilters) => useQuery(adultStaysQueryOptions(useApi(), filters))
