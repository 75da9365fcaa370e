import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { residentsKeys } from './keys'

/** A stored child's stay; `parentId` is the adult's stay it belongs to. */
export type ChildStay = InferResponseType<LyApi['client']['child-stays'][':id']['$get'], 200>

export async function getChildStay(api: LyApi, id: string, signal?: AbortSignal): Promise<ChildStay> {
  return readJson(await api.client['child-stays'][':id'].$get({ param: { id } }, { init: { signal } }))
}

export const childStayQueryOptions = (api: LyApi, id: string) =>
  queryOptions({
    queryKey: residentsKeys.child(id),
    queryFn: ({ signal }) => getChildStay(api, id, signal),
    refetchOnWindowFocus: false,
  })

export const useChildStay = (id: string) => useQuery(childStayQueryOptions(useApi(), id))
