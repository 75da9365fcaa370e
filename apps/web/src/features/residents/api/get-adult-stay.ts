import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { residentsKeys } from './keys'

/** A stored adult stay: the answers, and the derived nights, status and missing answers. */
export type AdultStay = InferResponseType<LyApi['client']['adult-stays'][':id']['$get'], 200>
export type StayFacts = AdultStay['derived']

export async function getAdultStay(api: LyApi, id: string, signal?: AbortSignal): Promise<AdultStay> {
  return readJson(await api.client['adult-stays'][':id'].$get({ param: { id } }, { init: { signal } }))
}

export const adultStayQueryOptions = (api: LyApi, id: string) =>
  queryOptions({
    queryKey: residentsKeys.adult(id),
    queryFn: ({ signal }) => getAdultStay(api, id, signal),
    // The form pins the version it opened; a refetch behind it would change nothing it sends.
    refetchOnWindowFocus: false,
  })

export const useAdultStay = (id: string) => useQuery(adultStayQueryOptions(useApi(), id))
