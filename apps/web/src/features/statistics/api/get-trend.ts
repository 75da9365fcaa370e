import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { PREFETCHED_FRESH_MS } from '@/lib/route-deps'
import { periodQuery, type DashboardParams } from '../lib/params'
import { statisticsKeys } from './get-dashboard'

/** The headline figures for every year with registrations, oldest first. */
export type Trend = InferResponseType<LyApi['client']['statistics']['trend']['$get'], 200>
export type TrendPoint = Trend['points'][number]

/**
 * The whole years when the dashboard shows a year; for a part of the year, the same days of
 * every year up to the period's (decision 0048).
 */
export const trendQuery = (params: DashboardParams) => ({ offer: params.offer, ...(params.period.kind === 'year' ? {} : periodQuery(params)) })

export async function getTrend(api: LyApi, params: DashboardParams, signal?: AbortSignal): Promise<Trend> {
  return readJson(await api.client.statistics.trend.$get({ query: trendQuery(params) }, { init: { signal } }))
}

export const trendQueryOptions = (api: LyApi, params: DashboardParams) =>
  queryOptions({
    queryKey: statisticsKeys.trend(trendQuery(params)),
    queryFn: ({ signal }) => getTrend(api, params, signal),
    staleTime: PREFETCHED_FRESH_MS,
    placeholderData: (previous) => previous,
  })

export const useTrend = (params: DashboardParams) => useQuery(trendQueryOptions(useApi(), params))
