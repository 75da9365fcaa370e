import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { PREFETCHED_FRESH_MS } from '@/lib/route-deps'
import { reportPeriodQuery, type ReportParams } from '../lib/params'

export type Report = InferResponseType<LyApi['client']['report']['$get'], 200>
export type ReportSection = Report['sections'][number]
export type ReportTable = ReportSection['tables'][number]
export type ReportComment = NonNullable<ReportSection['comment']>

export const reportKeys = {
  all: ['report'] as const,
  year: (year: number) => [...reportKeys.all, year] as const,
  report: (params: ReportParams) => [...reportKeys.year(params.year), params.tertial ?? 'year', params.view] as const,
}

export async function getReport(api: LyApi, params: ReportParams, signal?: AbortSignal): Promise<Report> {
  return readJson(await api.client.report.$get({ query: { ...reportPeriodQuery(params), view: params.view } }, { init: { signal } }))
}

export const reportQueryOptions = (api: LyApi, params: ReportParams) =>
  queryOptions({
    queryKey: reportKeys.report(params),
    queryFn: ({ signal }) => getReport(api, params, signal),
    // Switching year or view keeps the page in place until the other report arrives.
    placeholderData: (previous) => previous,
    staleTime: PREFETCHED_FRESH_MS,
  })

export const useReport = (params: ReportParams) => useQuery(reportQueryOptions(useApi(), params))

/** A saved comment belongs to both views of the year: put it into each cached report. */
export function storeComment(queryClient: QueryClient, year: number, sectionKey: string, comment: ReportComment): void {
  for (const [key, report] of queryClient.getQueriesData<Report>({ queryKey: reportKeys.year(year) })) {
    if (!report) continue
    queryClient.setQueryData<Report>(key, { ...report, sections: report.sections.map((s) => (s.key === sectionKey ? { ...s, comment } : s)) })
  }
}
