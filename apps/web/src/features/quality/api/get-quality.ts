import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

export type QualityReport = InferResponseType<LyApi['client']['quality']['$get'], 200>
export type QualityFinding = QualityReport['findings'][number]

export const qualityKeys = {
  all: ['quality'] as const,
  /** null: the current year, as the server counts it (the menu's count). */
  year: (year: number | null) => ['quality', year] as const,
}

export const qualityQueryOptions = (api: LyApi, year: number | null) =>
  queryOptions({
    queryKey: qualityKeys.year(year),
    queryFn: async ({ signal }) => readJson(await api.client.quality.$get({ query: year === null ? {} : { year: String(year) } }, { init: { signal } })),
    // The previous year's list stays in place while another year's loads.
    placeholderData: keepPreviousData,
  })

export const useQuality = (year: number | null) => useQuery(qualityQueryOptions(useApi(), year))

export type CheckedQualityFinding = QualityReport['checked'][number]

/** Marks a finding «Sjekket – riktig» with the leader's reason; the year's list (and the menu's count) then leave it out. */
export function useMarkChecked() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: { year: number; rule: QualityFinding['rule']; id: string; reason: string; confirmLikelyName?: true }) =>
      readJson(await api.client.quality.checked.$post({ json: body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: qualityKeys.all }),
  })
}
