import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '@/lib/api-context'
import type { CentreYearParams } from '../lib/params'
import { createCentreYear, updateCentreYear, type CentreYear, type CentreYearInput } from './centre-year-endpoints'
import { centreYearKeys, type CentreYearStart } from './get-centre-year-start'

export interface SaveCentreYearInput {
  /** The saved form being changed (its version is sent: 409 if it changed since), or null for a new one. */
  saved: { id: string; version: number } | null
  values: CentreYearInput
  /** Sent once the worker has kept a text that may hold a name (issue 18). */
  confirmLikelyName?: true
}

/** Creates the year's form or saves changes to it; the year's report is stale afterwards. */
export function useSaveCentreYear(params: CentreYearParams) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ saved, values, confirmLikelyName }: SaveCentreYearInput): Promise<CentreYear> => {
      const confirmation = confirmLikelyName ? { confirmLikelyName } : {}
      return saved ? updateCentreYear(api, saved.id, saved.version, values, confirmation) : createCentreYear(api, { ...values, ...confirmation })
    },
    onSuccess: (record) => {
      const next: CentreYearStart = { kind: 'saved', record }
      queryClient.setQueryData(centreYearKeys.start(params), next)
      // The places may have changed, and with them the full days the proposals count.
      void queryClient.invalidateQueries({ queryKey: centreYearKeys.proposals(params) })
      // The report's "Tilbudet ved senteret" shows these answers (root key of features/report,
      // named here rather than imported: features do not import each other).
      void queryClient.invalidateQueries({ queryKey: ['report'] })
    },
  })
}
