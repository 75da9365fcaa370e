import { Hono } from 'hono'
import { z } from 'zod'
import { likelyNameMessage, mayHoldName, screenFreeText } from '@ly/forms'
import { refuseUnconfirmedNames } from '../records/likely-names'
import { ConfirmLikelyName } from './name-confirmation'
import { recordAudit } from '../db/audit'
import { saveReportComment } from '../db/report-comments'
import { assertYearsOpen } from '../year-lock/guard'
import type { AppDeps, AppEnv } from '../deps'
import { AppError } from '../errors'
import { requireRole } from '../middleware/require-role'
import { buildReport } from '../report/build-model'
import { reportFile } from '../report/download'
import type { Tertial } from '../report/data'
import { parseReportPeriod, reportPeriodName, reportPeriodRefusal } from '../report/report-period'
import { releasedReport } from '../report/release'
import { reportSections } from '../report/spec'
import { validate, validationFailed } from '../validation'

const year = z.coerce.number({ error: 'Velg et år.' }).int().min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.')
const sectionKeys = reportSections.map((s) => s.key) as [string, ...string[]]

export const COMMENT_MAX = 4000

const reportTarget = (year: number, tertial: Tertial | undefined) => reportPeriodName({ year, ...(tertial && { tertial }) })

/**
 * The report of a year, or of one of its tertials (decision 0039): `year=2026`, or `period=2026-T2`
 * — the names `pnpm ly stats --period` takes; a report is made for the year or a tertial only.
 */
const reportPeriod = z
  .object({ year: year.optional(), period: z.string().max(12).optional() })
  .superRefine((q, ctx) => {
    if (q.period === undefined) {
      if (q.year === undefined) ctx.addIssue({ code: 'custom', path: ['year'], message: 'Velg et år.' })
      return
    }
    const named = parseReportPeriod(q.period)
    if (!named) return ctx.addIssue({ code: 'custom', path: ['period'], message: reportPeriodRefusal(q.period) })
    if (q.year !== undefined && q.year !== named.year) ctx.addIssue({ code: 'custom', path: ['year'], message: 'Året må være periodens år (eller utelates).' })
  })
  .transform(({ year: y, period }) => (period === undefined ? null : parseReportPeriod(period)) ?? { year: y! })

export const ReportQuery = z.object({ view: z.enum(['internal', 'shareable'], { error: 'Velg intern eller til deling.' }).default('internal') }).and(reportPeriod)
export const DownloadQuery = z
  .object({
    format: z.enum(['html', 'xlsx', 'csv'], { error: 'Velg html, xlsx eller csv.' }),
    separator: z.enum(['comma', 'semicolon'], { error: 'Velg komma eller semikolon.' }).default('semicolon'),
  })
  .and(reportPeriod)
export const PrintQuery = reportPeriod
export const CommentParams = z.object({ section: z.enum(sectionKeys, { error: 'Ukjent del av rapporten.' }) })
export const CommentBody = z
  .object({
    year: z.number({ error: 'Velg et år.' }).int().min(1990).max(2100),
    text: z.string({ error: 'Skriv en kommentar.' }).max(COMMENT_MAX, `Kommentaren kan ha høyst ${COMMENT_MAX} tegn.`),
    version: z.number().int().min(0),
    confirmLikelyName: ConfirmLikelyName,
  })
  .strict()

/**
 * The yearly report (docs/report.md) for leaders and administrators. Downloads are always the
 * shareable, suppressed report and are recorded in the audit log without their contents.
 */
export function reportRoutes(deps: AppDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>()
    .use(requireRole('leader', 'admin'))
    .get('/', validate('query', ReportQuery), async (c) => {
      const { year, tertial, view } = c.req.valid('query')
      const centreId = c.get('user').centreId
      // The shareable view is what downloads hold: the year's release, suppressed as one.
      return c.json(view === 'shareable' ? await releasedReport(db, centreId, year, tertial) : await buildReport(db, { centreId, year, view, ...(tertial && { tertial }) }), 200)
    })
    .put('/comments/:section', validate('param', CommentParams), validate('json', CommentBody), async (c) => {
      const { section } = c.req.valid('param')
      const { year, text, version, confirmLikelyName } = c.req.valid('json')
      const user = c.get('user')
      // A comment is free text that leaves Ly with the report: screened like every free text.
      const screened = screenFreeText(text)
      if (screened.errors.length > 0) throw validationFailed(screened.errors.map((message) => ({ path: 'text', message })))
      refuseUnconfirmedNames(mayHoldName(text) ? [{ path: 'text', message: likelyNameMessage('Kommentar') }] : [], confirmLikelyName)
      const now = clock.now()
      const saved = await db.transaction().execute(async (trx) => {
        // A finalised year's report is finished, its commentary included.
        await assertYearsOpen(trx, user.centreId, [[year, year]])
        const next = await saveReportComment(trx, user.centreId, year, section, text, version, user.id, now)
        if (next !== null)
          await recordAudit(
            trx,
            {
              centreId: user.centreId,
              actorUserId: user.id,
              action: 'report.comment_saved',
              targetKind: 'report_comment',
              targetId: `${year}/${section}`,
              details: { year, section },
            },
            now,
          )
        return next
      })
      if (saved === null) throw new AppError(409, 'conflict', 'Kommentaren er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.')
      return c.json({ comment: { text, version: saved, updatedAt: now.toISOString(), updatedBy: user.username }, warnings: screened.warnings }, 200)
    })
    .get('/download', validate('query', DownloadQuery), async (c) => {
      const { year, tertial, format, separator } = c.req.valid('query')
      const user = c.get('user')
      const file = await reportFile(db, user.centreId, year, format, separator, tertial)
      await recordAudit(
        db,
        {
          centreId: user.centreId,
          actorUserId: user.id,
          action: 'export.report',
          targetKind: 'report',
          targetId: reportTarget(year, tertial),
          details: { year, ...(tertial && { tertial }), format, ...(format === 'csv' && { separator }) },
        },
        clock.now(),
      )
      c.header('Content-Type', file.contentType)
      c.header('Content-Disposition', `attachment; filename="${file.filename}"`)
      return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), 200)
    })
    .get('/print', validate('query', PrintQuery), async (c) => {
      const { year, tertial } = c.req.valid('query')
      const user = c.get('user')
      const file = await reportFile(db, user.centreId, year, 'html', 'semicolon', tertial)
      await recordAudit(
        db,
        {
          centreId: user.centreId,
          actorUserId: user.id,
          action: 'export.report',
          targetKind: 'report',
          targetId: reportTarget(year, tertial),
          details: { year, ...(tertial && { tertial }), format: 'print' },
        },
        clock.now(),
      )
      c.header('Content-Type', file.contentType)
      c.header('Content-Disposition', `inline; filename="${file.filename}"`)
      return c.body(file.body as string, 200)
    })
}
