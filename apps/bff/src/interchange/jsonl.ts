import type { InterchangeRecord } from './format'
import type { LineIssue, ReadResult, SourceLine } from './issues'

/**
 * JSON Lines: one JSON object per line, UTF-8. Blank lines are skipped but still counted, so
 * the line numbers in messages are those an editor shows.
 */
export function readJsonLines(text: string): ReadResult {
  const lines: SourceLine[] = []
  const issues: LineIssue[] = []
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1
      if (raw.trim() === '') return
      let data: unknown
      try {
        data = JSON.parse(raw)
      } catch {
        // The parser's message quotes the text around the error, which may be personal data.
        issues.push({ line, message: 'Ugyldig JSON.' })
        return
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) issues.push({ line, message: 'Linjen må være ett JSON-objekt, {…}.' })
      else lines.push({ line, data: data as Record<string, unknown> })
    })
  return { lines, issues }
}

export const writeJsonLines = (records: readonly InterchangeRecord[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('')
