import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { sessionKeys } from '@/features/auth/api/get-session'

export type TotpStatus = InferResponseType<LyApi['client']['auth']['totp']['$get'], 200>
export type TotpEnrolment = InferResponseType<LyApi['client']['auth']['totp']['enrolment']['$post'], 201>

export const totpKeys = { status: ['totp', 'status'] as const }

export const totpStatusQueryOptions = (api: LyApi) =>
  queryOptions({
    queryKey: totpKeys.status,
    queryFn: async ({ signal }) => readJson(await api.client.auth.totp.$get(undefined, { init: { signal } })),
  })

export const useTotpStatus = () => useQuery(totpStatusQueryOptions(useApi()))

/** A new secret with its QR code. It is never cached: it lives only in the page showing it. */
export function useStartTotpEnrolment() {
  const api = useApi()
  return useMutation({ mutationFn: async () => readJson(await api.client.auth.totp.enrolment.$post({ json: {} })) })
}

export function useConfirmTotpEnrolment() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (code: string) => readJson(await api.client.auth.totp.enrolment.confirm.$post({ json: { code } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: totpKeys.status })
      // The session says whether the user still must enrol before anything else.
      await queryClient.invalidateQueries({ queryKey: sessionKeys.all })
    },
  })
}
