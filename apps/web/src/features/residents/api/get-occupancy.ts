import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { PREFETCHED_FRESH_MS } from '@/lib/route-deps'
import type { OfferFilter } from '../lib/labels'
import { residentsKeys } from './keys'

/** "Nå på senteret": open stays of adults and children, by case code, with nights and missing answers. */
export type Occupancy = InferResponseType<LyApi['client']['occupancy']['$get'], 200>
export type BoardEntry = Occupancy['adults'][number]

export async function getOccupancy(api: LyApi, offer: OfferFilter, signal?: AbortSignal): Promise<Occupancy> {
  return readJson(await api.client.occupancy.$get({ query: { offer } }, { init: { signal } }))
}

export const occupancyQueryOptions = (api: LyApi, offer: OfferFilter) =>
  queryOptions({
    queryKey: residentsKeys.occupancy(offer),
    queryFn: ({ signal }) => getOccupancy(api, offer, signal),
    staleTime: PREFETCHED_FRESH_MS,
  })

export const useOccupancy = (offer: OfferFilter) => useQuery(occupancyQueryOptions(useApi(), offer))
