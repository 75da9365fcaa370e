import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { AdultStayInput } from './create-adult-stay'
import type { AdultStay } from './get-adult-stay'
import { invalidateStayViews, residentsKeys } from './keys'

export interface UpdateAdultStayInput {
  /** The version the form was opened at; the BFF answers 409 if the stay changed since. */
  version: number
  values: AdultStayInput
  /** Sent once the worker has kept a text that may hold a name (issue 18). */
  confirmLikelyName?: true
}

/** Corrections and check-out alike: a check-out is an update that sets the end date. */
export async function updateAdultStay(api: LyApi, id: string, { version, values, confirmLikelyName }: UpdateAdultStayInput): Promise<AdultStay> {
  return readJson(await api.client['adult-stays'][':id'].$put({ param: { id }, json: { version, values, ...(confirmLikelyName && { confirmLikelyName }) } }))
}

export function useUpdateAdultStay(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: UpdateAdultStayInput) => updateAdultStay(api, id, input),
    onSuccess: (stay) => {
      queryClient.setQueryData(residentsKeys.adult(stay.id), stay)
      // The server carries the adult's consent and offer to the children (new versions there).
      void queryClient.invalidateQueries({ queryKey: [...residentsKeys.all, 'child-stays'] })
      invalidateStayViews(queryClient)
    },
  })
}
