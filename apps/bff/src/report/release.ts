import type { Db } from '../db/database'
import { getCentreSettings } from '../db/centre-settings'
import { buildReportWithDisclosure, prefixTables, reportTables, type ReportBuild } from './build-model'
import type { Tertial } from './data'
import { applyHidden, exportEquations, hiddenCells } from './disclosure'
import type { BuiltTable } from './disclosure-types'
import { SUPPRESSED_MARK, type ReportTable } from './model'
import { nationalAggregateBuilt } from './national/aggregate'
import { nationalRecords, type NationalRecordsFile } from './national/records'
import { releaseHidden } from './national/release-hidden'
import { periodEquations } from './period-release'

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

export const TERTIALS: readonly Tertial[] = [1, 2, 3]
export const tertialPrefix = (t: Tertial) => `t${t}:`

export async function yearRelease(db: Db, centreId: string, year: number, parts: { records: boolean } = { records: true }): Promise<YearRelease> {
  const threshold = (await getCentreSettings(db, centreId)).suppressionThreshold
  const aggregateBuilt = await nationalAggregateBuilt(db, centreId, year)
  const yearBuilt = await reportTables(db, { centreId, year })
  const tertialBuilt: BuiltTable[][] = []
  for (const tertial of TERTIALS) tertialBuilt.push(await reportTables(db, { centreId, year, tertial }))

  // The year's files are suppressed as they always were; the tertials then join them, and only
  // the tertials' cells are hidden to protect what the sums across the periods would give away.
  const yearEquations = exportEquations([...yearBuilt, ...aggregateBuilt])
  const yearHidden = hiddenCells(yearEquations, threshold)
  const fixed = new Set(yearEquations.cells.map((c) => c.id).filter((id) => !yearHidden.has(id)))
  const equations = exportEquations([...yearBuilt, ...aggregateBuilt, ...TERTIALS.flatMap((t, i) => prefixTables(tertialBuilt[i]!, tertialPrefix(t)))])
  equations.equations.push(...periodEquations(equations))
  const hidden = hiddenCells(equations, threshold, { alsoHide: yearHidden, fixed })

  const req = { centreId, year, view: 'shareable' as const, threshold }
  const report = await buildReportWithDisclosure(db, req, { built: yearBuilt, prefix: '', equations, hidden })
  const tertials: ReportBuild[] = []
  for (const [i, tertial] of TERTIALS.entries()) {
    const build = await buildReportWithDisclosure(db, { ...req, tertial }, { built: tertialBuilt[i]!, prefix: tertialPrefix(tertial), equations, hidden })
    tertials.push({ ...build, built: prefixTables(build.built, tertialPrefix(tertial)) })
  }
  const aggregate = applyHidden(aggregateBuilt, equations, hidden, threshold)
  const records = parts.records ? await nationalRecords(db, centreId, year, threshold, SUPPRESSED_MARK, releaseHidden(aggregate)) : { k: threshold + 1, forms: [], records: [] }
  return { threshold, report, tertials, aggregateBuilt, aggregate, records }
}

/** The shareable report of a year, or of one of its tertials, as the release holds it. */
export async function releasedReport(db: Db, centreId: string, year: number, tertial?: Tertial) {
  const release = await yearRelease(db, centreId, year, { records: false })
  return (tertial ? release.tertials[tertial - 1]! : release.report).model
}
