import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InferRequestType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { storeDayVisit } from './get-day-visit'
import type { DayVisit } from './get-day-visits'

/** What the BFF accepts: the values the shared schema produced in the form. */
export type DayVisitInput = InferRequestType<LyApi['client']['day-visits']['$post']>['json']

export async function createDayVisit(api: LyApi, values: DayVisitInput): Promise<DayVisit> {
  return readJson(await api.client['day-visits'].$post({ json: values }))
}

export function useCreateDayVisit() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (values: DayVisitInput) => createDayVisit(api, values),
    onSuccess: (visit) => storeDayVisit(queryClient, visit),
  })
}
