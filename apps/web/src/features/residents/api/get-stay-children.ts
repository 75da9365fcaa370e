import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { residentsKeys } from './keys'

/** A child's stay as the adult's stay lists it: whole records with their derived facts. */
export type StayChild = InferResponseType<LyApi['client']['adult-stays'][':id']['children']['$get'], 200>['records'][number]

export async function getStayChildren(api: LyApi, adultId: string, signal?: AbortSignal): Promise<StayChild[]> {
  const { records } = await readJson(await api.client['adult-stays'][':id'].children.$get({ param: { id: adultId } }, { init: { signal } }))
  return records
}

export const stayChildrenQueryOptions = (api: LyApi, adultId: string) =>
  queryOptions({
    queryKey: residentsKeys.children(adultId),
    queryFn: ({ signal }) => getStayChildren(api, adultId, signal),
  })

export const useStayChildren = (adultId: string) => useQuery(stayChildrenQueryOptions(useApi(), adultId))
