import { queryOptions, useQuery } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import type { CentreYearParams } from '../lib/params'
import { findCentreYear, getCentreYearPrefill, type CentreYear, type CentreYearPrefill } from './centre-year-endpoints'

/** Where the form starts: the saved form of the year, or a new one (pre-filled when an earlier year exists). */
export type CentreYearStart = { kind: 'saved'; record: CentreYear } | { kind: 'new'; prefill: CentreYearPrefill }

export const centreYearKeys = {
  all: ['centre-years'] as const,
  start: ({ year, offer }: CentreYearParams) => [...centreYearKeys.all, 'start', year, offer] as const,
  proposals: ({ year, offer }: CentreYearParams) => [...centreYearKeys.all, 'proposals', year, offer] as const,
}

export async function getCentreYearStart(api: LyApi, params: CentreYearParams, signal?: AbortSignal): Promise<CentreYearStart> {
  const record = await findCentreYear(api, params, signal)
  return record ? { kind: 'saved', record } : { kind: 'new', prefill: await getCentreYearPrefill(api, params, signal) }
}

export const centreYearStartQueryOptions = (api: LyApi, params: CentreYearParams) =>
  queryOptions({
    queryKey: centreYearKeys.start(params),
    queryFn: ({ signal }) => getCentreYearStart(api, params, signal),
    // The form is edited from this answer: a background refetch must not replace it under the user.
    staleTime: Infinity,
  })

export const useCentreYearStart = (params: CentreYearParams) => useQuery(centreYearStartQueryOptions(useApi(), params))
