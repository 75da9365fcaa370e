import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

export type CallTally = InferResponseType<LyApi['client']['incoming-calls']['tally']['$get'], 200>

export const callTallyKeys = {
  all: ['incoming-calls', 'tally'] as const,
  day: (date: string) => [...callTallyKeys.all, date] as const,
}

export async function getCallTally(api: LyApi, date: string, signal?: AbortSignal): Promise<CallTally> {
  return readJson(await api.client['incoming-calls'].tally.$get({ query: { date } }, { init: { signal } }))
}

/** The centre's calls of one day (both offers), by caller category. */
export const callTallyQueryOptions = (api: LyApi, date: string) => queryOptions({ queryKey: callTallyKeys.day(date), queryFn: ({ signal }) => getCallTally(api, date, signal) })

export const useCallTally = (date: string) => useQuery(callTallyQueryOptions(useApi(), date))
