import type { Db } from '../../db/database'
import { writeCsv } from '../../interchange/csv'
import type { ReportFile } from '../download'
import { NOT_REGISTERED, SUPPRESSED_LEGEND, SUPPRESSED_MARK } from '../model'
import { renderCsv } from '../render-csv'
import { keptRelease } from '../release-cache'
import type { RecordValue } from './local-suppression'
import type { NationalRecord } from './records'

export type NationalKind = 'records' | 'aggregate'
export type NationalFormat = 'csv' | 'json'

/** One column per key in the order first met (file keys first); multiple answers joined by "|". */
function recordsCsv(records: readonly NationalRecord[]): string {
  const columns: string[] = ['form', 'ref', 'adult_ref']
  for (const r of records) for (const key of Object.keys(r)) if (!columns.includes(key)) columns.push(key)
  const text = (v: RecordValue) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join('|') : String(v))
  return writeCsv([columns, ...records.map((r) => columns.map((c) => text(r[c])))])
}

/**
 * The national export (decision 8): the year's consenting records for national reporting, or
 * the aggregate tables. Both come from the year's one release (checked-release.ts, kept by
 * release-cache.ts): suppressed with the centre's threshold together with the report, and the
 * records k-anonymous.
 */
export async function nationalFile(db: Db, centreId: string, year: number, kind: NationalKind, format: NationalFormat): Promise<ReportFile> {
  const release = await keptRelease(db, centreId, year)
  const threshold = release.threshold
  const filename = `nasjonal-${kind === 'records' ? 'registreringer' : 'tabeller'}-${year}.${format}`
  const head = { kind, year, threshold, mark: SUPPRESSED_MARK, legend: SUPPRESSED_LEGEND }
  if (kind === 'records') {
    const { k, forms, records } = await release.records()
    return format === 'json'
      ? { body: `${JSON.stringify({ ...head, k, forms, records }, null, 2)}\n`, contentType: 'application/json; charset=utf-8', filename }
      : { body: recordsCsv(records), contentType: 'text/csv; charset=utf-8', filename }
  }
  const tables = release.aggregate
  return format === 'json'
    ? { body: `${JSON.stringify({ ...head, tables }, null, 2)}\n`, contentType: 'application/json; charset=utf-8', filename }
    : {
        body: renderCsv(
          { sections: [{ title: 'Nasjonale tabeller', tables }], mark: SUPPRESSED_MARK, legend: SUPPRESSED_LEGEND, threshold, notRegistered: NOT_REGISTERED },
          'comma',
        ),
        contentType: 'text/csv; charset=utf-8',
        filename,
      }
}
