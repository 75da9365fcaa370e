import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '@/lib/api-context'
import { storeRecord } from './get-record'
import type { RecordEndpoints, SavedRecord } from './record-endpoints'

export function useCreateRecord<R extends SavedRecord, I>(endpoints: RecordEndpoints<R, I>) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (values: I) => endpoints.create(api, values),
    onSuccess: (record) => storeRecord(queryClient, endpoints, record),
  })
}
