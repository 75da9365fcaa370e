import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InferRequestType, InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { callTallyKeys } from './get-call-tally'

export type CallInput = InferRequestType<LyApi['client']['incoming-calls']['$post']>['json']
export type Call = InferResponseType<LyApi['client']['incoming-calls']['$post'], 201>

/**
 * Registering, undoing and adding details run one after another in the order pressed (one
 * mutation scope), so "undo" always follows the registration it undoes.
 */
export const dutyPhoneScope = { id: 'duty-phone' }

export async function registerCall(api: LyApi, json: CallInput): Promise<Call> {
  return readJson(await api.client['incoming-calls'].$post({ json }))
}

export function useRegisterCall() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    scope: dutyPhoneScope,
    mutationFn: (json: CallInput) => registerCall(api, json),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callTallyKeys.all }),
  })
}
