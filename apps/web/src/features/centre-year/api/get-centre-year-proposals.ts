import { queryOptions, useQuery } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import type { CentreYearParams } from '../lib/params'
import { getCentreYearProposals } from './centre-year-endpoints'
import { centreYearKeys } from './get-centre-year-start'

export const centreYearProposalsQueryOptions = (api: LyApi, params: CentreYearParams) =>
  queryOptions({
    queryKey: centreYearKeys.proposals(params),
    queryFn: ({ signal }) => getCentreYearProposals(api, params, signal),
  })

/** Ly's proposals for «Har boligtilbudet vært fullt …» and «Hva gjøres når botilbudet er fullt?». */
export const useCentreYearProposals = (params: CentreYearParams) => useQuery(centreYearProposalsQueryOptions(useApi(), params))
