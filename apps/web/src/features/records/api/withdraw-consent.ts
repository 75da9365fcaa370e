import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '@/lib/api-context'
import { storeRecord } from './get-record'
import type { RecordItemEndpoints, SavedRecord } from './record-endpoints'

/** Decision 1: the answers are erased on the server; the bare event (date, offer, code) stays. */
export function useWithdrawConsent<R extends SavedRecord, I>(endpoints: RecordItemEndpoints<R, I>, id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  const withdraw = endpoints.withdrawConsent
  return useMutation({
    mutationFn: (version: number) => (withdraw ? withdraw(api, id, version) : Promise.reject(new Error(`${endpoints.key} has no consent to withdraw`))),
    onSuccess: (record) => storeRecord(queryClient, endpoints, record),
  })
}
