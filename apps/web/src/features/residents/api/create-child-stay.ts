import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InferRequestType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { ChildStay } from './get-child-stay'
import { invalidateStayViews, residentsKeys } from './keys'

type ChildStaysClient = LyApi['client']['child-stays']
export type ChildStayInput = InferRequestType<ChildStaysClient['$post']>['json']

// The route reads `?adult_stay_id=` itself (no validator), so the typed client does not list
// it; Hono's client still puts any `query` it is given into the URL.
type CreateArgs = Parameters<ChildStaysClient['$post']>[0] & { query: { adult_stay_id: string } }

/** A child's stay is always created from the adult's stay it came with. */
export async function createChildStay(api: LyApi, adultStayId: string, values: ChildStayInput): Promise<ChildStay> {
  const args: CreateArgs = { json: values, query: { adult_stay_id: adultStayId } }
  return readJson(await api.client['child-stays'].$post(args))
}

export interface CreateChildStayInput {
  /** The adult's stay; on the check-in page it exists only once the adult has been saved. */
  adultStayId: string
  values: ChildStayInput
}

export function useCreateChildStay() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ adultStayId, values }: CreateChildStayInput) => createChildStay(api, adultStayId, values),
    onSuccess: (child) => {
      queryClient.setQueryData(residentsKeys.child(child.id), child)
      invalidateStayViews(queryClient)
    },
  })
}
