import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '@/lib/api-context'
import { storeRecord } from './get-record'
import type { RecordItemEndpoints, SavedRecord } from './record-endpoints'

export interface UpdateRecordInput<I> {
  /** The version the form was opened at; the BFF answers 409 if the record changed since. */
  version: number
  values: I
  /** Sent once the worker has kept a text that may hold a name (issue 18). */
  confirmLikelyName?: true
}

export function useUpdateRecord<R extends SavedRecord, I>(endpoints: RecordItemEndpoints<R, I>, id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ version, values, confirmLikelyName }: UpdateRecordInput<I>) => endpoints.update(api, id, version, values, confirmLikelyName && { confirmLikelyName }),
    onSuccess: (record) => storeRecord(queryClient, endpoints, record),
  })
}
