import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { periodQuery, type DashboardParams } from '../lib/params'
import { statisticsKeys } from './get-dashboard'

export type Breakdown = InferResponseType<LyApi['client']['statistics']['breakdown']['$get'], 200>
export type Population = 'persons' | 'events'

/** One choice field of a form ("Hovedinndeling"), optionally by a second ("Sekundærinndeling"). */
/** The breakdown counts the period the dashboard shows, by the same rules as its figures. */
export interface BreakdownQuery extends Pick<DashboardParams, 'year' | 'period' | 'offer'> {
  form: string
  field: string
  /** Empty for no second field. */
  by: string
  population: Population
}

export async function getBreakdown(api: LyApi, q: BreakdownQuery, signal?: AbortSignal): Promise<Breakdown> {
  const query = {
    ...periodQuery(q),
    offer: q.offer,
    form: q.form,
    field: q.field,
    population: q.population,
    ...(q.by && { by: q.by }),
  }
  return readJson(await api.client.statistics.breakdown.$get({ query }, { init: { signal } }))
}

export const breakdownQueryOptions = (api: LyApi, q: BreakdownQuery) =>
  queryOptions({
    queryKey: statisticsKeys.breakdown(q),
    queryFn: ({ signal }) => getBreakdown(api, q, signal),
    enabled: q.field !== '',
    placeholderData: (previous) => previous,
  })

export const useBreakdown = (q: BreakdownQuery) => useQuery(breakdownQueryOptions(useApi(), q))
