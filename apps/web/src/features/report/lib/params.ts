import { osloToday } from '@ly/forms'

export type ReportView = 'internal' | 'shareable'

/** The year's report, or one of its tertials' (decision 0039). */
export type ReportTertial = 1 | 2 | 3

/**
 * The report shown; it lives in the URL (?year=2026&view=… or ?period=2026-T2&view=…, the names
 * of `pnpm ly stats --period`) so a reload keeps it.
 */
export interface ReportParams {
  year: number
  tertial: ReportTertial | null
  view: ReportView
}

/** The period query of the report routes: `year`, or `period` for a tertial. */
export const reportPeriodQuery = ({ year, tertial }: Pick<ReportParams, 'year' | 'tertial'>): { period: string } | { year: string } =>
  tertial ? { period: `${year}-T${tertial}` } : { year: String(year) }

/** A yearly report is usually written for the year that has just ended. */
export const defaultReportYear = () => Number(osloToday(new Date()).slice(0, 4)) - 1

const validYear = (year: number) => Number.isInteger(year) && year >= 1990 && year <= 2100

export function readReportParams(params: URLSearchParams): ReportParams {
  const view = params.get('view') === 'shareable' ? 'shareable' : 'internal'
  const tertial = /^(\d{4})-T([1-3])$/.exec(params.get('period') ?? '')
  if (tertial && validYear(Number(tertial[1]))) return { year: Number(tertial[1]), tertial: Number(tertial[2]) as ReportTertial, view }
  const year = Number(params.get('year'))
  return { year: params.has('year') && validYear(year) ? year : defaultReportYear(), tertial: null, view }
}

export function reportSearch(params: ReportParams): string {
  const search = new URLSearchParams(reportPeriodQuery(params))
  search.set('view', params.view)
  return `?${search.toString()}`
}

/** The last ten years and the chosen one, newest first. */
export function yearOptions(selected: number): number[] {
  const last = Math.max(defaultReportYear() + 1, selected)
  const first = Math.min(last - 10, selected)
  return Array.from({ length: last - first + 1 }, (_, i) => last - i)
}
