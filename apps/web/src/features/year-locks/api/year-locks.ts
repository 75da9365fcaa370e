import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

export type YearLocks = InferResponseType<LyApi['client']['years']['$get'], 200>

export const yearLockKeys = { all: ['year-locks'] as const }

export const yearLocksQueryOptions = (api: LyApi) =>
  queryOptions({
    queryKey: yearLockKeys.all,
    queryFn: async ({ signal }) => readJson(await api.client.years.$get(undefined, { init: { signal } })),
  })

export const useYearLocks = () => useQuery(yearLocksQueryOptions(useApi()))

/** The locked years as a set (empty while loading): for "låst" marks on records. */
export function useLockedYears(): ReadonlySet<number> {
  const { data } = useYearLocks()
  return new Set(data?.locked.map((l) => l.year) ?? [])
}

export function useLockYear() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    /** `confirmFindings`: the leader has seen the year's Kvalitetskontroll findings and locks anyway. */
    mutationFn: async ({ year, confirmFindings }: { year: number; confirmFindings: boolean }) =>
      readJson(await api.client.years[':year'].lock.$post({ param: { year: String(year) }, json: confirmFindings ? { confirmFindings } : {} })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: yearLockKeys.all }),
  })
}

export function useReopenYear() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ year, reason, confirmLikelyName }: { year: number; reason: string; confirmLikelyName?: true }) =>
      readJson(await api.client.years[':year'].reopen.$post({ param: { year: String(year) }, json: { reason, ...(confirmLikelyName && { confirmLikelyName }) } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: yearLockKeys.all }),
  })
}
