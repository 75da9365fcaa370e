import type { LyApi } from '@/lib/api-client'
import { reportPeriodQuery, type ReportParams } from './params'

type Period = Pick<ReportParams, 'year' | 'tertial'>

/** The BFF's base path, as createLyApi uses it: `$path` answers relative to it. */
const API_BASE = '/api'

/**
 * Addresses of the report's files, from the typed client (a renamed route or parameter fails the
 * build). The browser follows them itself — a link, not a request of ours — so it saves or
 * prints the file with the session cookie, and the server always sends the shareable report.
 */
export const downloadHref = (api: LyApi, period: Period, format: 'xlsx' | 'csv' | 'html', separator: 'comma' | 'semicolon' = 'semicolon') =>
  API_BASE + api.client.report.download.$path({ query: { ...reportPeriodQuery(period), format, separator } })

export const printHref = (api: LyApi, period: Period) => API_BASE + api.client.report.print.$path({ query: reportPeriodQuery(period) })
