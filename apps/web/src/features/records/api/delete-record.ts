import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '@/lib/api-context'
import { invalidateAfterChange } from './get-record'
import { recordKeys, type RecordItemEndpoints, type RemoveOptions, type SavedRecord } from './record-endpoints'

export function useDeleteRecord<R extends SavedRecord, I>(endpoints: RecordItemEndpoints<R, I>, id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ version, ...options }: { version: number } & RemoveOptions) => endpoints.remove(api, id, version, options),
    onSuccess: () => {
      // Not removed: the open page still observes it and would fetch it again at once. Marked
      // stale, it is fetched (404) if the record is ever opened again.
      void queryClient.invalidateQueries({ queryKey: recordKeys(endpoints.key).detail(id), refetchType: 'none' })
      invalidateAfterChange(queryClient, endpoints)
    },
  })
}
