import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

type CapacityClient = LyApi['client']['capacity']

/** The centre's own offers now: places, who lives there, free places, and whether it shares them. */
export type OwnCapacity = InferResponseType<CapacityClient['now']['$get'], 200>
/** The sharing centres' offers (nothing unless this centre shares too). */
export type SharedCapacity = InferResponseType<CapacityClient['shared']['$get'], 200>

export const capacityKeys = {
  all: ['capacity'] as const,
  now: () => [...capacityKeys.all, 'now'] as const,
  shared: () => [...capacityKeys.all, 'shared'] as const,
  tokens: () => [...capacityKeys.all, 'tokens'] as const,
  occupancy: (year: number, offer: string) => [...capacityKeys.all, 'occupancy', year, offer] as const,
}

export async function getOwnCapacity(api: LyApi, signal?: AbortSignal): Promise<OwnCapacity> {
  return readJson(await api.client.capacity.now.$get(undefined, { init: { signal } }))
}

export async function getSharedCapacity(api: LyApi, signal?: AbortSignal): Promise<SharedCapacity> {
  // Two literal answers (sharing or not), read as the one shape they share.
  return readJson<SharedCapacity>(await api.client.capacity.shared.$get(undefined, { init: { signal } }))
}

export async function setSharing(api: LyApi, shared: boolean) {
  return readJson(await api.client.capacity.sharing.$put({ json: { shared } }))
}

export const useOwnCapacity = () => {
  const api = useApi()
  return useQuery(queryOptions({ queryKey: capacityKeys.now(), queryFn: ({ signal }) => getOwnCapacity(api, signal) }))
}

export const useSharedCapacity = () => {
  const api = useApi()
  return useQuery(queryOptions({ queryKey: capacityKeys.shared(), queryFn: ({ signal }) => getSharedCapacity(api, signal) }))
}

/** The leader's switch: sharing on or off; both lists are read again after. */
export function useSetSharing() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (shared: boolean) => setSharing(api, shared),
    onSettled: () => queryClient.invalidateQueries({ queryKey: capacityKeys.all }),
  })
}
