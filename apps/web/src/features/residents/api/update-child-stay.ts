import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { ChildStayInput } from './create-child-stay'
import type { ChildStay } from './get-child-stay'
import { invalidateStayViews, residentsKeys } from './keys'

export interface UpdateChildStayInput {
  version: number
  values: ChildStayInput
  /** Sent once the worker has kept a text that may hold a name (issue 18). */
  confirmLikelyName?: true
}

export async function updateChildStay(api: LyApi, id: string, { version, values, confirmLikelyName }: UpdateChildStayInput): Promise<ChildStay> {
  return readJson(await api.client['child-stays'][':id'].$put({ param: { id }, json: { version, values, ...(confirmLikelyName && { confirmLikelyName }) } }))
}

export function useUpdateChildStay(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: UpdateChildStayInput) => updateChildStay(api, id, input),
    onSuccess: (child) => {
      queryClient.setQueryData(residentsKeys.child(child.id), child)
      invalidateStayViews(queryClient)
    },
  })
}
