import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InferRequestType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { AdultStay } from './get-adult-stay'
import { invalidateStayViews, residentsKeys } from './keys'

/** What the BFF accepts: the values the shared schema produced in the form. */
export type AdultStayInput = InferRequestType<LyApi['client']['adult-stays']['$post']>['json']

export async function createAdultStay(api: LyApi, values: AdultStayInput): Promise<AdultStay> {
  return readJson(await api.client['adult-stays'].$post({ json: values }))
}

export function useCreateAdultStay() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (values: AdultStayInput) => createAdultStay(api, values),
    onSuccess: (stay) => {
      queryClient.setQueryData(residentsKeys.adult(stay.id), stay)
      invalidateStayViews(queryClient)
    },
  })
}
