import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { PREFETCHED_FRESH_MS } from '@/lib/route-deps'
import { periodQuery, type DashboardParams } from '../lib/params'

/** The period and the same period last year (with their names), the years with data, the headline ids, national figures and the catalog. */
export type Dashboard = InferResponseType<LyApi['client']['statistics']['dashboard']['$get'], 200>
export type StatsDocument = Dashboard['current']
export type Indicator = StatsDocument['indicators'][string]
export type NationalFigure = Dashboard['national'][number]

export const statisticsKeys = {
  all: ['statistics'] as const,
  dashboard: (params: DashboardParams) => [...statisticsKeys.all, 'dashboard', params] as const,
  trend: (query: object) => [...statisticsKeys.all, 'trend', query] as const,
  breakdown: (query: object) => [...statisticsKeys.all, 'breakdown', query] as const,
}

export async function getDashboard(api: LyApi, params: DashboardParams, signal?: AbortSignal): Promise<Dashboard> {
  return readJson(await api.client.statistics.dashboard.$get({ query: { ...periodQuery(params), offer: params.offer } }, { init: { signal } }))
}

export const dashboardQueryOptions = (api: LyApi, params: DashboardParams) =>
  queryOptions({
    queryKey: statisticsKeys.dashboard(params),
    queryFn: ({ signal }) => getDashboard(api, params, signal),
    // Another period or offer keeps the page in place until its figures arrive.
    placeholderData: (previous) => previous,
    staleTime: PREFETCHED_FRESH_MS,
  })

export const useDashboard = (params: DashboardParams) => useQuery(dashboardQueryOptions(useApi(), params))
