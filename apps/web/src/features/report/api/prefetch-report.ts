import type { Prefetch } from '@/lib/route-deps'
import { readReportParams } from '../lib/params'
import { reportQueryOptions } from './get-report'

/** The report of the year in the address, asked for while the page's code downloads. */
export const prefetchReport: Prefetch = async ({ api, queryClient }, url) => {
  await queryClient.prefetchQuery(reportQueryOptions(api, readReportParams(url.searchParams)))
}
