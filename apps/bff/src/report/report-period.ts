import type { Tertial } from './data'

/** What a report is made for (decision 0039): a year, or one of its tertials. */
export interface ReportPeriod {
  year: number
  tertial?: Tertial
}

const NAME = /^(\d{4})(?:-T([1-3]))?$/

/**
 * A report's period by the names `pnpm ly stats --period` takes, limited to what a report is
 * made for: `2026` or `2026-T2`. Null for anything else (say `reportPeriodRefusal`).
 */
export function parseReportPeriod(spec: string): ReportPeriod | null {
  const m = NAME.exec(spec)
  if (!m) return null
  const year = Number(m[1])
  if (year < 1990 || year > 2100) return null
  return { year, ...(m[2] && { tertial: Number(m[2]) as Tertial }) }
}

/** Why a period was refused, in the words of the API and the command line alike. */
export const reportPeriodRefusal = (spec: string) => `Rapporten lages for et år eller et tertial: skriv for eksempel 2026 eller 2026-T2, ikke «${spec.slice(0, 12)}».`

/** The audit log's and the file names' name of a report: `2026`, or `2026-T2`. */
export const reportPeriodName = ({ year, tertial }: ReportPeriod) => (tertial ? `${year}-T${tertial}` : String(year))

/** The period in words: «2026», «2. tertial 2026». */
export const reportPeriodLabel = ({ year, tertial }: ReportPeriod) => (tertial ? `${tertial}. tertial ${year}` : String(year))
