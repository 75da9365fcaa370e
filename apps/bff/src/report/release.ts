import type { Db } from '../db/database'
import { getCentreSettings } from '../db/centre-settings'
import { buildReportWithDisclosure, type ReportBuild } from './build-model'
import { applyHidden } from './disclosure'
import type { BuiltTable } from './disclosure-types'
import { SUPPRESSED_MARK, type ReportTable } from './model'
import { nationalAggregateBuilt } from './national/aggregate'
import { nationalRecords, type NationalRecordsFile } from './national/records'
import { releaseHidden } from './national/release-hidden'

/**
 * Everything one leader can download for a year, as one release (decision 0021): the report
 * (HTML, print, Excel, CSV — all drawn from one shareable model), the aggregate national file
 * and the record-level national file. The report and the aggregate tables are suppressed over
 * all their cells at once, and the record file hides whatever they hide, so no file undoes
 * another. Every download of the year is drawn from here.
 */
export interface YearRelease {
  threshold: number
  report: ReportBuild
  /** The aggregate national tables before suppression (for the attacker in tests). */
  aggregateBuilt: BuiltTable[]
  aggregate: ReportTable[]
  records: NationalRecordsFile
}

export async function yearRelease(db: Db, centreId: string, year: number, parts: { records: boolean } = { records: true }): Promise<YearRelease> {
  const threshold = (await getCentreSettings(db, centreId)).suppressionThreshold
  const aggregateBuilt = await nationalAggregateBuilt(db, centreId, year)
  const report = await buildReportWithDisclosure(db, { centreId, year, view: 'shareable', threshold, alongside: aggregateBuilt })
  const aggregate = applyHidden(aggregateBuilt, report.equations, report.hidden, threshold)
  const records = parts.records ? await nationalRecords(db, centreId, year, threshold, SUPPRESSED_MARK, releaseHidden(aggregate)) : { k: threshold + 1, forms: [], records: [] }
  return { threshold, report, aggregateBuilt, aggregate, records }
}
