import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { DashboardParams } from '../lib/params'
import { statisticsKeys } from './get-dashboard'

/** The occupancy is drawn day by day for a whole year, whatever period the dashboard shows. */
type YearAndOffer = Pick<DashboardParams, 'year' | 'offer'>

/** The centre's year night by night: occupied places, full days, monthly rates, the longest full run. */
export type OccupancyYear = InferResponseType<LyApi['client']['capacity']['occupancy']['$get'], 200>

export async function getOccupancyYear(api: LyApi, { year, offer }: YearAndOffer, signal?: AbortSignal): Promise<OccupancyYear> {
  return readJson(await api.client.capacity.occupancy.$get({ query: { year: String(year), offer } }, { init: { signal } }))
}

export const useOccupancyYear = (params: YearAndOffer) => {
  const api = useApi()
  return useQuery({ queryKey: [...statisticsKeys.all, 'occupancy', params], queryFn: ({ signal }) => getOccupancyYear(api, params, signal), placeholderData: keepPreviousData })
}
