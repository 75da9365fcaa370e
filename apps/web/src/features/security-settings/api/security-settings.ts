import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { sessionKeys } from '@/features/auth/api/get-session'

export type SecuritySettings = InferResponseType<LyApi['client']['settings']['security']['$get'], 200>
export type SecuritySettingsInput = Pick<SecuritySettings, 'requireTotp' | 'idleLockMinutes' | 'retentionMonths'>

export const securitySettingsKeys = { all: ['settings', 'security'] as const }

export const securitySettingsQueryOptions = (api: LyApi) =>
  queryOptions({
    queryKey: securitySettingsKeys.all,
    queryFn: async ({ signal }) => readJson(await api.client.settings.security.$get(undefined, { init: { signal } })),
  })

export const useSecuritySettings = () => useQuery(securitySettingsQueryOptions(useApi()))

export function useSaveSecuritySettings() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: SecuritySettingsInput & { version: number }) => readJson(await api.client.settings.security.$put({ json: input })),
    onSuccess: (saved) => {
      queryClient.setQueryData(securitySettingsKeys.all, saved)
      // The idle lock and the two-factor rule reach this user's own session too.
      void queryClient.invalidateQueries({ queryKey: sessionKeys.all })
    },
  })
}
