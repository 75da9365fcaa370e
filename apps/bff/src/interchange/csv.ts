import type { LineIssue } from './issues'

/**
 * The small part of RFC 4180 Ly needs, written here rather than pulled in as a dependency
 * (docs/decisions/0002-interchange-csv.md): comma-separated, fields with a comma, quote or line
 * break in double quotes, a quote inside doubled. Reading also accepts bare LF line ends and a
 * UTF-8 byte order mark; writing uses CRLF as the RFC says.
 */

export interface CsvRow {
  /** The line the row starts on (a quoted line break makes a row span several). */
  line: number
  cells: string[]
}

/** Stops at the first syntax error: after a stray quote, later rows cannot be trusted. */
export function parseCsv(text: string): { rows: CsvRow[]; issues: LineIssue[] } {
  const rows: CsvRow[] = []
  const s = text.replace(/^\uFEFF/, '')
  let line = 1
  let row: CsvRow = { line, cells: [] }
  let field = ''
  let quoted = false
  let i = 0
  const endRow = () => {
    row.cells.push(field)
    // A blank line is no record (but is counted, so line numbers match an editor's).
    if (!(row.cells.length === 1 && row.cells[0] === '')) rows.push(row)
    field = ''
    row = { line, cells: [] }
  }
  while (i < s.length) {
    const c = s[i]!
    if (c === '"' && field === '' && !quoted) {
      const start = line
      let j = i + 1
      for (;;) {
        if (j >= s.length) return { rows, issues: [{ line: start, message: 'Et felt i anførselstegn blir aldri avsluttet.' }] }
        const q = s[j]!
        if (q === '"' && s[j + 1] === '"') {
          field += '"'
          j += 2
        } else if (q === '"') {
          break
        } else {
          if (q === '\n') line++
          field += q
          j++
        }
      }
      i = j + 1
      quoted = true
      const next = s[i]
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        return { rows, issues: [{ line, message: 'Tegn etter avsluttende anførselstegn: bruk "" for et anførselstegn inne i et felt.' }] }
      continue
    }
    if (c === ',') {
      row.cells.push(field)
      field = ''
      quoted = false
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      line++
      endRow()
      quoted = false
    } else if (c === '"') {
      return { rows, issues: [{ line, message: 'Anførselstegn midt i et felt: sett hele feltet i anførselstegn og doble anførselstegnet.' }] }
    } else {
      field += c
    }
    i++
  }
  if (field !== '' || quoted || row.cells.length > 0) endRow()
  return { rows, issues: [] }
}

const needsQuotes = /[",\r\n]/

export const csvCell = (value: string) => (needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

export const writeCsv = (rows: readonly (readonly string[])[]) => rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('')
