import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

export type OutgoingDay = InferResponseType<LyApi['client']['outgoing-calls']['$get'], 200>
type Offer = 'women' | 'men'

export const outgoingCallKeys = {
  all: ['outgoing-calls'] as const,
  day: (date: string, offer: Offer) => [...outgoingCallKeys.all, date, offer] as const,
}

export async function getOutgoingCalls(api: LyApi, date: string, offer: Offer, signal?: AbortSignal): Promise<OutgoingDay> {
  return readJson(await api.client['outgoing-calls'].$get({ query: { date, offer } }, { init: { signal } }))
}

/** One day's outgoing calls of one offer, by recipient type (S1:166-168). */
export const outgoingCallsQueryOptions = (api: LyApi, date: string, offer: Offer) =>
  queryOptions({ queryKey: outgoingCallKeys.day(date, offer), queryFn: ({ signal }) => getOutgoingCalls(api, date, offer, signal) })

export const useOutgoingCalls = (date: string, offer: Offer) => useQuery(outgoingCallsQueryOptions(useApi(), date, offer))
