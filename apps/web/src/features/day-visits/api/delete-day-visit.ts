import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { expectOk } from '@/lib/api-error'
import { dayVisitsKeys } from './get-day-visits'

export async function deleteDayVisit(api: LyApi, id: string, version: number): Promise<void> {
  await expectOk(await api.client['day-visits'][':id'].$delete({ param: { id }, json: { version } }))
}

export function useDeleteDayVisit(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (version: number) => deleteDayVisit(api, id, version),
    onSuccess: () => {
      // Not removed: the open page still observes it and would fetch it again at once. Marked
      // stale, it is fetched (404) if the visit is ever opened again.
      void queryClient.invalidateQueries({ queryKey: dayVisitsKeys.detail(id), refetchType: 'none' })
      void queryClient.invalidateQueries({ queryKey: dayVisitsKeys.lists() })
    },
  })
}
