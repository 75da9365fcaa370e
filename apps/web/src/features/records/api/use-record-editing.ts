import { useQueryClient } from '@tanstack/react-query'
import { useApi } from '@/lib/api-context'
import { useDeleteRecord } from './delete-record'
import { recordQueryOptions } from './get-record'
import { useFindLatestRecord } from './get-latest-record'
import type { NameConfirmation } from '../lib/name-confirmation'
import type { RecordItemEndpoints, RemoveOptions, SavedRecord } from './record-endpoints'
import { useUpdateRecord } from './update-record'
import { useWithdrawConsent } from './withdraw-consent'

/** What RecordEditor does with one record, through a form's endpoints. */
export function useRecordEditing<R extends SavedRecord, I>(endpoints: RecordItemEndpoints<R, I>, id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  const update = useUpdateRecord(endpoints, id)
  const withdraw = useWithdrawConsent(endpoints, id)
  const remove = useDeleteRecord(endpoints, id)
  return {
    save: (version: number, values: I, confirmation: NameConfirmation = {}) => update.mutateAsync({ version, values, ...confirmation }),
    reload: () => queryClient.fetchQuery({ ...recordQueryOptions(api, endpoints, id), staleTime: 0 }),
    ...(endpoints.withdrawConsent && { withdrawConsent: (version: number) => withdraw.mutateAsync(version) }),
    remove: (version: number, options?: RemoveOptions) => remove.mutateAsync({ version, ...options }),
    findLatestByCaseCode: useFindLatestRecord(endpoints),
  }
}
