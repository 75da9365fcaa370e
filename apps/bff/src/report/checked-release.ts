import type { Db } from '../db/database'
import { prefixTables, reportTables } from './build-model'
import type { Tertial } from './data'
import { applyHidden, exportEquations, hiddenCells, type ExportEquations } from './disclosure'
import type { BuiltTable } from './disclosure-types'
import { SUPPRESSED_MARK, type ReportTable } from './model'
import { nationalAggregateBuilt } from './national/aggregate'
import { nationalRecords, type NationalRecordsFile } from './national/records'
import { releaseHidden } from './national/release-hidden'
import { periodEquations } from './period-release'

/**
 * The release's counts and what it hides: the part of a release that costs (four reports' tables,
 * the national tables and the suppression over all of them), kept per centre-year while the
 * centre's registrations stay unchanged (release-cache.ts, decision 0057). The reports' models —
 * the centre's name, the leader's commentary, the year lock's note — are made from it per download.
 */
export interface CheckedRelease {
  threshold: number
  yearBuilt: BuiltTable[]
  /** T1–T3, with their own table ids (`fig-04`); `tertialPrefix` names them in the release. */
  tertialBuilt: BuiltTable[][]
  aggregateBuilt: BuiltTable[]
  aggregate: ReportTable[]
  equations: ExportEquations
  hidden: Set<string>
  /** The record-level national file, worked out on first use and kept with the release. */
  records: () => Promise<NationalRecordsFile>
}

export const TERTIALS: readonly Tertial[] = [1, 2, 3]
export const tertialPrefix = (t: Tertial) => `t${t}:`

/** Works the release out afresh; everything else reads it through `keptRelease`. */
export async function checkRelease(db: Db, centreId: string, year: number, threshold: number, today: string): Promise<CheckedRelease> {
  const aggregateBuilt = await nationalAggregateBuilt(db, centreId, year, today)
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
  const aggregate = applyHidden(aggregateBuilt, equations, hidden, threshold)

  let records: Promise<NationalRecordsFile> | undefined
  const recordsOnce = () => {
    if (!records) {
      const file = nationalRecords(db, centreId, year, threshold, SUPPRESSED_MARK, releaseHidden(aggregate), today)
      // A failure is not kept: the next download tries again.
      file.catch(() => {
        if (records === file) records = undefined
      })
      records = file
    }
    return records
  }
  return { threshold, yearBuilt, tertialBuilt, aggregateBuilt, aggregate, equations, hidden, records: recordsOnce }
}
