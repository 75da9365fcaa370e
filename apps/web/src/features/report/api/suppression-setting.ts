import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { ApiError, readJson } from '@/lib/api-error'
import { reportKeys } from './get-report'

export type SuppressionSetting = InferResponseType<LyApi['client']['settings']['suppression']['$get'], 200>

export const suppressionKeys = { setting: ['settings', 'suppression'] as const }

export const suppressionQueryOptions = (api: LyApi) =>
  queryOptions({
    queryKey: suppressionKeys.setting,
    queryFn: async ({ signal }) => readJson(await api.client.settings.suppression.$get(undefined, { init: { signal } })),
  })

export const useSuppressionSetting = () => useQuery(suppressionQueryOptions(useApi()))

/** Administrators only: a new threshold changes every shareable report, so those are refetched. */
export function useSaveSuppressionSetting() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (json: { threshold: number; version: number }) => readJson(await api.client.settings.suppression.$put({ json })),
    onSuccess: (setting) => {
      queryClient.setQueryData(suppressionKeys.setting, setting)
      void queryClient.invalidateQueries({ queryKey: reportKeys.all })
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'conflict') void queryClient.invalidateQueries({ queryKey: suppressionKeys.setting })
    },
  })
}
