import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InferRequestType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { callTallyKeys } from './get-call-tally'
import { dutyPhoneScope, type Call } from './register-call'

type UpdateJson = InferRequestType<LyApi['client']['incoming-calls'][':id']['$put']>['json']

export async function updateCall(api: LyApi, id: string, json: UpdateJson): Promise<Call> {
  return readJson(await api.client['incoming-calls'][':id'].$put({ param: { id }, json }))
}

export interface CallChange {
  id: string
  values: UpdateJson['values']
  /** Read when the change is sent: the previous change's answer holds the version to send. */
  version: () => number
}

/** Adds details to a call; a change by someone else meanwhile answers 409. */
export function useUpdateCall() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    scope: dutyPhoneScope,
    mutationFn: ({ id, values, version }: CallChange) => updateCall(api, id, { version: version(), values }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callTallyKeys.all }),
  })
}
