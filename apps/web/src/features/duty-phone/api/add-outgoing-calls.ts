import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InferRequestType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { outgoingCallKeys } from './get-outgoing-calls'

type AddJson = InferRequestType<LyApi['client']['outgoing-calls']['add']['$post']>['json']

/** Adds to (or, with a negative delta, corrects) one count; the BFF adds, so nobody overwrites. */
export async function addOutgoingCalls(api: LyApi, json: AddJson) {
  return readJson(await api.client['outgoing-calls'].add.$post({ json }))
}

export function useAddOutgoingCalls() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (json: AddJson) => addOutgoingCalls(api, json),
    onSuccess: (day, json) => queryClient.setQueryData(outgoingCallKeys.day(json.date, json.offer), day),
    onError: () => queryClient.invalidateQueries({ queryKey: outgoingCallKeys.all }),
  })
}
