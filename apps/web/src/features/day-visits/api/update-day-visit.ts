import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { DayVisitInput } from './create-day-visit'
import { storeDayVisit } from './get-day-visit'
import type { DayVisit } from './get-day-visits'

export interface UpdateDayVisitInput {
  /** The version the form was opened at; the BFF answers 409 if the record changed since. */
  version: number
  values: DayVisitInput
}

export async function updateDayVisit(api: LyApi, id: string, { version, values }: UpdateDayVisitInput): Promise<DayVisit> {
  return readJson(await api.client['day-visits'][':id'].$put({ param: { id }, json: { version, values } }))
}

export function useUpdateDayVisit(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: UpdateDayVisitInput) => updateDayVisit(api, id, input),
    onSuccess: (visit) => storeDayVisit(queryClient, visit),
  })
}
