import type { Prefetch } from '@/lib/route-deps'
import { readDashboardParams } from '../lib/params'
import { dashboardQueryOptions } from './get-dashboard'
import { trendQueryOptions } from './get-trend'

/** The dashboard's figures and trend, asked for while the page's code downloads. */
export const prefetchDashboard: Prefetch = async ({ api, queryClient }, url) => {
  const params = readDashboardParams(url.searchParams)
  await Promise.all([queryClient.prefetchQuery(dashboardQueryOptions(api, params)), queryClient.prefetchQuery(trendQueryOptions(api, params))])
}
