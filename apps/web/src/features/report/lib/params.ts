import { osloToday } from '@ly/forms'

export type ReportView = 'internal' | 'shareable'

/** The report shown; it lives in the URL (?year=…&view=…) so a reload keeps it. */
export interface ReportParams {
  year: number
  view: ReportView
}

/** A yearly report is usually written for the year that has just ended. */
export const defaultReportYear = () => Number(osloToday(new Date()).slice(0, 4)) - 1

export function readReportParams(params: URLSearchParams): ReportParams {
  const year = Number(params.get('year'))
  return {
    year: params.has('year') && Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : defaultReportYear(),
    view: params.get('view') === 'shareable' ? 'shareable' : 'internal',
  }
}

export const reportSearch = ({ year, view }: ReportParams) => `?${new URLSearchParams({ year: String(year), view }).toString()}`

/** The last ten years and the chosen one, newest first. */
export function yearOptions(selected: number): number[] {
  const last = Math.max(defaultReportYear() + 1, selected)
  const first = Math.min(last - 10, selected)
  return Array.from({ length: last - first + 1 }, (_, i) => last - i)
}
