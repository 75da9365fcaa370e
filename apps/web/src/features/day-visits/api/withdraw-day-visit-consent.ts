import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { storeDayVisit } from './get-day-visit'
import type { DayVisit } from './get-day-visits'

/** Decision 1: the answers are erased on the server; the bare event (date, offer, code) stays. */
export async function withdrawDayVisitConsent(api: LyApi, id: string, version: number): Promise<DayVisit> {
  return readJson(await api.client['day-visits'][':id']['withdraw-consent'].$post({ param: { id }, json: { version } }))
}

export function useWithdrawDayVisitConsent(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (version: number) => withdrawDayVisitConsent(api, id, version),
    onSuccess: (visit) => storeDayVisit(queryClient, visit),
  })
}
