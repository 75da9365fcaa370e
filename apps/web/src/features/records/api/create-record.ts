import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '@/lib/api-context'
import { storeRecord } from './get-record'
import type { RecordItemEndpoints, SavedRecord } from './record-endpoints'

export interface CreateRecordInput<I> {
  values: I
  /** The record it belongs to, for forms that have one (a child's stay: the adult's). */
  parentId?: string
}

export function useCreateRecord<R extends SavedRecord, I>(endpoints: RecordItemEndpoints<R, I>) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ values, parentId }: CreateRecordInput<I>) => endpoints.create(api, values, parentId),
    onSuccess: (record) => storeRecord(queryClient, endpoints, record),
  })
}
