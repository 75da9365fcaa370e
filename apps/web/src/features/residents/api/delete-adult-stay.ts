import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { expectOk } from '@/lib/api-error'
import { invalidateStayViews, residentsKeys } from './keys'

export interface DeleteAdultStayInput {
  version: number
  /** Confirms that the stay's children are deleted too; without it the BFF answers 409 has_children. */
  cascade: boolean
}

export async function deleteAdultStay(api: LyApi, id: string, { version, cascade }: DeleteAdultStayInput): Promise<void> {
  await expectOk(await api.client['adult-stays'][':id'].$delete({ param: { id }, json: { version, cascade } }))
}

export function useDeleteAdultStay(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: DeleteAdultStayInput) => deleteAdultStay(api, id, input),
    onSuccess: () => {
      // Not removed: the open page still observes it. Marked stale, it answers 404 if reopened.
      void queryClient.invalidateQueries({ queryKey: residentsKeys.adult(id), refetchType: 'none' })
      void queryClient.invalidateQueries({ queryKey: [...residentsKeys.all, 'child-stays'], refetchType: 'none' })
      invalidateStayViews(queryClient)
    },
  })
}
