import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { AdultStay } from './get-adult-stay'
import { invalidateStayViews, residentsKeys } from './keys'

/**
 * Decision 1: the adult's answers and, in the same transaction, the children's are erased on
 * the server; the bare events (offer, dates, case codes) stay.
 */
export async function withdrawAdultStayConsent(api: LyApi, id: string, version: number): Promise<AdultStay> {
  return readJson(await api.client['adult-stays'][':id']['withdraw-consent'].$post({ param: { id }, json: { version } }))
}

export function useWithdrawAdultStayConsent(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (version: number) => withdrawAdultStayConsent(api, id, version),
    onSuccess: (stay) => {
      queryClient.setQueryData(residentsKeys.adult(stay.id), stay)
      // The children changed too: their open pages must not keep the old answers.
      void queryClient.invalidateQueries({ queryKey: [...residentsKeys.all, 'child-stays'] })
      invalidateStayViews(queryClient)
    },
  })
}
