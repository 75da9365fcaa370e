import type { Db } from '../db/database'
import { getCentreSettings } from '../db/centre-settings'
import { listReportComments } from '../db/report-comments'
import { yearChangedAfterLock } from '../db/year-locks'
import { occupancyYear } from '../statistics/occupancy-year'
import { notFound } from '../errors'
import { buildCentreOffer, centreOfferIndicators, centreOfferSentences, loadCentreYears } from './build-centre-offer'
import { buildCounts } from './build-counts'
import { buildDistribution } from './build-distribution'
import { buildMonths } from './build-months'
import { buildOccupancyFigure, OCCUPANCY_TABLE } from './build-occupancy'
import { loadReportData, sayPeriod, type ReportData, type Tertial } from './data'
import { applyHidden, exportEquations, hiddenCells, type ExportEquations } from './disclosure'
import type { BuiltTable } from './disclosure-types'
import { changedAfterLockNote, NOT_REGISTERED, SUPPRESSED_LEGEND, SUPPRESSED_MARK, type ReportModel, type ReportTable, type ReportView } from './model'
import { sectionSentences } from './sentences'
import { reportSections } from './spec'
import type { Source, TableSpec } from './spec/types'

export interface ReportRequest {
  centreId: string
  year: number
  /** A tertial's report (decision 0039): every column is that tertial of its year. */
  tertial?: Tertial
  view: ReportView
  /** Overrides the centre's setting (tests). */
  threshold?: number
  /** Tables released with the report (the national files, release.ts): suppressed with it as one. */
  alongside?: readonly BuiltTable[]
}

export function buildTable(data: ReportData, spec: TableSpec): BuiltTable {
  if (spec.kind === 'distribution') return buildDistribution(data, spec)
  if (spec.kind === 'counts') return buildCounts(data, spec)
  return buildMonths(data, spec)
}

/** The indicators a table reads, each with where it comes from. */
export const specSources = (spec: TableSpec): Source[] =>
  spec.kind === 'distribution'
    ? spec.groups.map((g) => g.source)
    : spec.kind === 'counts'
      ? spec.items.flatMap((i) => [i.source, ...(i.base ? [i.base.source] : []), ...(i.dependsOn ? [i.dependsOn.source] : [])])
      : spec.series.map((s) => s.source)

/** What the disclosure tests need besides the model: the whole export's cells and equations. */
export interface ReportBuild {
  model: ReportModel
  built: BuiltTable[]
  equations: ExportEquations
  hidden: Set<string>
}

/**
 * The yearly report for one centre and year. The shareable view runs suppression over every
 * table of the report at once (decision 8), and its sentences are written from what is left.
 */
const specs = reportSections.flatMap((s) => s.tables)

/** The report's tables with their true counts, before any suppression. */
export async function reportTables(db: Db, req: Pick<ReportRequest, 'centreId' | 'year' | 'tertial'>): Promise<BuiltTable[]> {
  const data = await loadReportData(db, req.centreId, req.year, specs, req.tertial)
  return specs.map((spec) => buildTable(data, spec))
}

/**
 * A report suppressed as part of a larger release (release.ts): its tables, built already, and
 * what the release hides. `prefix` is put before its table ids in the release's cell ids, so the
 * year's and each tertial's tables are told apart there.
 */
export interface JointSuppression {
  built: BuiltTable[]
  prefix: string
  equations: ExportEquations
  hidden: Set<string>
}

export const prefixTables = (built: readonly BuiltTable[], prefix: string): BuiltTable[] =>
  prefix ? built.map((b) => ({ ...b, table: { ...b.table, id: `${prefix}${b.table.id}` } })) : [...built]

/**
 * The yearly report for one centre and year. The shareable view runs suppression over every
 * table of the report at once (decision 8), and its sentences are written from what is left.
 */
export async function buildReportWithDisclosure(db: Db, req: ReportRequest, joint?: JointSuppression): Promise<ReportBuild> {
  const centre = await db.selectFrom('centres').select(['id', 'name']).where('id', '=', req.centreId).executeTakeFirst()
  if (!centre) throw notFound('Fant ikke senteret.')
  const threshold = req.threshold ?? (await getCentreSettings(db, req.centreId)).suppressionThreshold
  const built = joint?.built ?? (await reportTables(db, req))

  const equations = joint?.equations ?? exportEquations([...built, ...(req.alongside ?? [])])
  const hidden = joint?.hidden ?? (req.view === 'shareable' ? hiddenCells(equations, threshold) : new Set<string>())
  const prefix = joint?.prefix ?? ''
  const tables: ReportTable[] =
    req.view === 'shareable'
      ? applyHidden(prefixTables(built, prefix), equations, hidden, threshold).map((t) => ({ ...t, id: t.id.slice(prefix.length) }))
      : built.map((b) => b.table)
  const byId = new Map(tables.map((t) => [t.id, t]))
  // The leader's commentary belongs to the year's report; a tertial's report has none.
  const comments = new Map(req.tertial ? [] : (await listReportComments(db, req.centreId, req.year)).map((c) => [c.sectionKey, c]))

  // The occupancy chart is the year's: a tertial's report has its tables only.
  const occupancyOfYear = req.tertial ? null : await occupancyYear(db, req.centreId, req.year, 'all')
  // The centre's own answers: facts, not counts of people, so outside the suppression above.
  const centreOffer = buildCentreOffer(req.year, await loadCentreYears(db, req.centreId, req.year))

  const model: ReportModel = {
    centre: { id: centre.id, name: centre.name },
    year: req.year,
    tertial: req.tertial ?? null,
    periodLabel: sayPeriod(req.tertial)(req.year),
    view: req.view,
    threshold,
    mark: SUPPRESSED_MARK,
    legend: SUPPRESSED_LEGEND,
    notRegistered: NOT_REGISTERED,
    sections: reportSections.map((section) => {
      const sectionTables = section.tables.map((t) => byId.get(t.id)!)
      const comment = comments.get(section.key)
      const common = {
        key: section.key,
        title: section.title,
        tables: sectionTables,
        comment: comment ? { text: comment.text, version: comment.version, updatedAt: comment.updatedAt, updatedBy: comment.updatedBy } : null,
      }
      if (section.key === 'centre_offer') {
        const fields = centreOffer.parts.flatMap((p) => p.groups.map((g) => g.field))
        return { ...common, sentences: centreOfferSentences(centreOffer), indicators: centreOfferIndicators(centreOffer), fields, centreOffer }
      }
      const occupancy = section.key === 'capacity' && occupancyOfYear ? buildOccupancyFigure(occupancyOfYear, req.view, byId.get(OCCUPANCY_TABLE)!) : null
      return {
        ...common,
        ...(occupancy && { occupancy }),
        sentences: sectionSentences(section.key, tables, req.year, sayPeriod(req.tertial)),
        indicators: [...new Set(sectionTables.flatMap((t) => t.indicators))],
        fields: [...new Set(sectionTables.flatMap((t) => t.fields))],
      }
    }),
    changeNote: (await yearChangedAfterLock(db, req.centreId, req.year)) ? changedAfterLockNote(req.year) : null,
  }
  return { model, built, equations, hidden }
}

export async function buildReport(db: Db, req: ReportRequest): Promise<ReportModel> {
  return (await buildReportWithDisclosure(db, req)).model
}
