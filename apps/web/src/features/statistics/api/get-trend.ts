import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { PREFETCHED_FRESH_MS } from '@/lib/route-deps'
import type { OfferFilter } from '../lib/params'
import { statisticsKeys } from './get-dashboard'

/** The headline figures for every year with registrations, oldest first. */
export type TrendPoint = InferResponseType<LyApi['client']['statistics']['trend']['$get'], 200>['points'][number]

export async function getTrend(api: LyApi, offer: OfferFilter, signal?: AbortSignal): Promise<TrendPoint[]> {
  const { points } = await readJson(await api.client.statistics.trend.$get({ query: { offer } }, { init: { signal } }))
  return points
}

export const trendQueryOptions = (api: LyApi, offer: OfferFilter) =>
  queryOptions({
    queryKey: statisticsKeys.trend(offer),
    queryFn: ({ signal }) => getTrend(api, offer, signal),
    staleTime: PREFETCHED_FRESH_MS,
  })

export const useTrend = (offer: OfferFilter) => useQuery(trendQueryOptions(useApi(), offer))
