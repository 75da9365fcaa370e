import type { LyApi } from '@/lib/api-client'

/** The BFF's base path, as createLyApi uses it: `$path` answers relative to it. */
const API_BASE = '/api'

/**
 * Addresses of the report's files, from the typed client (a renamed route or parameter fails the
 * build). The browser follows them itself — a link, not a request of ours — so it saves or
 * prints the file with the session cookie, and the server always sends the shareable report.
 */
export const downloadHref = (api: LyApi, year: number, format: 'xlsx' | 'csv' | 'html', separator: 'comma' | 'semicolon' = 'semicolon') =>
  API_BASE + api.client.report.download.$path({ query: { year: String(year), format, separator } })

export const printHref = (api: LyApi, year: number) => API_BASE + api.client.report.print.$path({ query: { year: String(year) } })
