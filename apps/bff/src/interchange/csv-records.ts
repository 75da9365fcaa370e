import { findField, formByKey, type FieldDef } from '@ly/forms'
import { parseCsv, writeCsv } from './csv'
import { csvColumns, CSV_MULTI_SEPARATOR, FILE_KEYS, FORM_KEY, type InterchangeRecord, type InterchangeValue } from './format'
import type { LineIssue, ReadResult, SourceLine } from './issues'

/**
 * The CSV form of the interchange format: one file for all forms, a column per key of the
 * union of the forms (docs/interchange.md). A cell is decoded by the field's kind in the row's
 * own form; an empty cell is an unanswered question. Whatever does not decode is passed on as
 * text, so the record schema refuses it with the same message the API gives.
 */

function decodeCell(field: FieldDef | undefined, raw: string): unknown {
  switch (field?.kind) {
    case 'boolean': {
      // Spreadsheets write TRUE/FALSE; accept any case.
      const lower = raw.trim().toLowerCase()
      return lower === 'true' ? true : lower === 'false' ? false : raw
    }
    case 'integer':
      return /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw
    case 'multi':
      return raw.split(CSV_MULTI_SEPARATOR).map((k) => k.trim())
    case 'single':
    case 'date':
    case 'text':
    case 'case_code':
    case undefined: // a column no form of the row has: the schema names it
      return raw
  }
}

export function readCsvRecords(text: string): ReadResult {
  const { rows, issues } = parseCsv(text)
  const [header, ...body] = rows
  if (!header) return { lines: [], issues }
  const known = new Set(csvColumns())
  const columns = header.cells.map((c) => c.trim())
  const headerIssues: LineIssue[] = []
  columns.forEach((c, index) => {
    // Column names are keys, not answers, so naming them in a message is safe.
    if (!known.has(c)) headerIssues.push({ line: header.line, path: c || `kolonne ${index + 1}`, message: 'Ukjent kolonne.' })
    else if (columns.indexOf(c) !== index) headerIssues.push({ line: header.line, path: c, message: 'Kolonnen står flere ganger.' })
  })
  for (const required of [FORM_KEY, 'ref']) {
    if (!columns.includes(required)) headerIssues.push({ line: header.line, message: `Mangler kolonnen «${required}».` })
  }
  if (headerIssues.length > 0) return { lines: [], issues: [...headerIssues, ...issues] }

  const lines: SourceLine[] = []
  const rowIssues: LineIssue[] = []
  for (const row of body) {
    if (row.cells.length !== columns.length) {
      rowIssues.push({ line: row.line, message: `Linjen har ${row.cells.length} felt, men overskriften har ${columns.length}.` })
      continue
    }
    const formKey = row.cells[columns.indexOf(FORM_KEY)]?.trim() ?? ''
    const form = formByKey(formKey)
    const data: Record<string, unknown> = {}
    columns.forEach((column, index) => {
      const raw = row.cells[index] ?? ''
      if (raw === '') return
      data[column] = FILE_KEYS.includes(column) ? raw.trim() : decodeCell(form && findField(form, column), raw)
    })
    lines.push({ line: row.line, data })
  }
  return { lines, issues: [...rowIssues, ...issues] }
}

const encodeCell = (v: InterchangeValue | undefined) => (v === undefined ? '' : Array.isArray(v) ? v.join(CSV_MULTI_SEPARATOR) : String(v))

export function writeCsvRecords(records: readonly InterchangeRecord[]): string {
  const columns = csvColumns()
  return writeCsv([columns, ...records.map((r) => columns.map((c) => encodeCell(r[c])))])
}
