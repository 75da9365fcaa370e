import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { capacityKeys } from './free-places'

type TokensClient = LyApi['client']['capacity']['tokens']

/** An access token for the feed GET /api/capacity, as the list shows it (never the token itself). */
export type FeedToken = InferResponseType<TokensClient['$get'], 200>['tokens'][number]
/** A new token: the only answer that carries the token, shown once. */
export type CreatedFeedToken = InferResponseType<TokensClient['$post'], 201>

export async function getFeedTokens(api: LyApi, signal?: AbortSignal): Promise<FeedToken[]> {
  return (await readJson(await api.client.capacity.tokens.$get(undefined, { init: { signal } }))).tokens
}

export async function createFeedToken(api: LyApi, label: string): Promise<CreatedFeedToken> {
  return readJson(await api.client.capacity.tokens.$post({ json: { label } }))
}

export async function revokeFeedToken(api: LyApi, id: string) {
  return readJson(await api.client.capacity.tokens[':id'].revoke.$post({ param: { id }, json: {} }))
}

export const useFeedTokens = () => {
  const api = useApi()
  return useQuery({ queryKey: capacityKeys.tokens(), queryFn: ({ signal }) => getFeedTokens(api, signal) })
}

export function useCreateFeedToken() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (label: string) => createFeedToken(api, label),
    onSettled: () => queryClient.invalidateQueries({ queryKey: capacityKeys.tokens() }),
  })
}

export function useRevokeFeedToken() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => revokeFeedToken(api, id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: capacityKeys.tokens() }),
  })
}
