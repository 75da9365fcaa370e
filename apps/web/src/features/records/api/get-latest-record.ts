import { useCallback } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useApi } from '@/lib/api-context'
import type { FindLatestByCaseCode } from '../components/record-form-context'
import { recordKeys, type RecordItemEndpoints, type SavedRecord } from './record-endpoints'

/**
 * For the form's case-code field: looks a code up as it is typed. Undefined
 * for forms without a case code. Stable across renders, so the form's context stays put.
 */
export function useFindLatestRecord<R extends SavedRecord, I>(endpoints: RecordItemEndpoints<R, I>): FindLatestByCaseCode | undefined {
  const api = useApi()
  const queryClient = useQueryClient()
  const { key, latest } = endpoints
  const find = useCallback(
    (caseCode: string, date: string | undefined, exclude?: string) =>
      queryClient.fetchQuery({ queryKey: recordKeys(key).latest(caseCode, date, exclude), queryFn: ({ signal }) => latest!(api, caseCode, date, signal, exclude), staleTime: 0 }),
    [api, queryClient, key, latest],
  )
  return latest ? find : undefined
}
