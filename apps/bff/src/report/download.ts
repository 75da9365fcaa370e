import type { Db } from '../db/database'
import { renderCsv, type CsvSeparator } from './render-csv'
import { renderHtml } from './render-html'
import { renderXlsx } from './render-xlsx'
import type { Tertial } from './data'
import { releasedReport } from './release'

export type ReportFormat = 'html' | 'xlsx' | 'csv'

export interface ReportFile {
  body: string | Buffer
  contentType: string
  filename: string
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'senter'

/**
 * A report file for anything that leaves Ly: always the shareable model, with small numbers
 * hidden (decision 8). The route, the CLI and the tests all make files here.
 */
export async function reportFile(db: Db, centreId: string, year: number, format: ReportFormat, separator: CsvSeparator = 'semicolon', tertial?: Tertial): Promise<ReportFile> {
  // Suppressed together with the year's tertials and national files: one release (decisions 0021, 0039).
  const model = await releasedReport(db, centreId, year, tertial)
  const base = tertial ? `statistikk-${slug(model.centre.name)}-${year}-T${tertial}` : `arsstatistikk-${slug(model.centre.name)}-${year}`
  if (format === 'xlsx') return { body: await renderXlsx(model), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${base}.xlsx` }
  if (format === 'csv') return { body: renderCsv(model, separator), contentType: 'text/csv; charset=utf-8', filename: `${base}.csv` }
  return { body: renderHtml(model), contentType: 'text/html; charset=utf-8', filename: `${base}.html` }
}
