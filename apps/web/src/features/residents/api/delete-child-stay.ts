import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { expectOk } from '@/lib/api-error'
import { invalidateStayViews, residentsKeys } from './keys'

export async function deleteChildStay(api: LyApi, id: string, version: number): Promise<void> {
  await expectOk(await api.client['child-stays'][':id'].$delete({ param: { id }, json: { version } }))
}

export function useDeleteChildStay(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (version: number) => deleteChildStay(api, id, version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: residentsKeys.child(id), refetchType: 'none' })
      invalidateStayViews(queryClient)
    },
  })
}
