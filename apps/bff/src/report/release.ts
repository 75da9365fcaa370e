import type { Db } from '../db/database'
import { buildReportWithDisclosure, prefixTables, type ReportBuild } from './build-model'
import type { Tertial } from './data'
import { tertialPrefix, TERTIALS, type CheckedRelease } from './checked-release'
import type { BuiltTable } from './disclosure-types'
import type { ReportTable } from './model'
import type { NationalRecordsFile } from './national/records'
import { keptRelease } from './release-cache'

/**
 * Everything one leader can download for a year, as one release (decisions 0021 and 0039): the
 * year's report and each of its three tertials' reports (HTML, print, Excel, CSV — all drawn
 * from shareable models), the aggregate national file and the record-level national file. The
 * reports and the aggregate tables are suppressed over all their cells at once, tied together
 * by the tertials adding up to the year, and the record file hides whatever they hide, so no
 * file undoes another. Every download of the year or a tertial is drawn from here.
 */
export interface YearRelease {
  threshold: number
  /** The year's report; its `equations` and `hidden` are the whole release's. */
  report: ReportBuild
  /** The tertials' reports, T1–T3; their `built` tables carry the release's ids (`t1:fig-04`). */
  tertials: ReportBuild[]
  /** The aggregate national tables before suppression (for the attacker in tests). */
  aggregateBuilt: BuiltTable[]
  aggregate: ReportTable[]
  records: NationalRecordsFile
}

/** One report of the release — the year's or a tertial's — with the release's suppression. */
async function releaseReport(db: Db, centreId: string, year: number, checked: CheckedRelease, tertial?: Tertial): Promise<ReportBuild> {
  const req = { centreId, year, view: 'shareable' as const, threshold: checked.threshold, ...(tertial && { tertial }) }
  const { equations, hidden } = checked
  if (!tertial) return buildReportWithDisclosure(db, req, { built: checked.yearBuilt, prefix: '', equations, hidden })
  const build = await buildReportWithDisclosure(db, req, { built: checked.tertialBuilt[tertial - 1]!, prefix: tertialPrefix(tertial), equations, hidden })
  return { ...build, built: prefixTables(build.built, tertialPrefix(tertial)) }
}

/** The whole release, every report's model included (the national files need only `keptRelease`). */
export async function yearRelease(db: Db, centreId: string, year: number, parts: { records: boolean } = { records: true }): Promise<YearRelease> {
  const checked = await keptRelease(db, centreId, year)
  const report = await releaseReport(db, centreId, year, checked)
  const tertials: ReportBuild[] = []
  for (const tertial of TERTIALS) tertials.push(await releaseReport(db, centreId, year, checked, tertial))
  const records = parts.records ? await checked.records() : { k: checked.threshold + 1, forms: [], records: [] }
  return { threshold: checked.threshold, report, tertials, aggregateBuilt: checked.aggregateBuilt, aggregate: checked.aggregate, records }
}

/** The shareable report of a year, or of one of its tertials, as the release holds it. */
export async function releasedReport(db: Db, centreId: string, year: number, tertial?: Tertial) {
  return (await releaseReport(db, centreId, year, await keptRelease(db, centreId, year), tertial)).model
}
