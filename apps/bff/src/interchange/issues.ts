/**
 * A problem with one line of an import file. Messages are Norwegian and name the field, never
 * the submitted value: a file of history may hold personal data in the wrong column.
 */
export interface LineIssue {
  line: number
  /** The field key (dotted for an item of a list), or absent for the line as a whole. */
  path?: string
  message: string
}

export const formatIssue = (i: LineIssue) => `Linje ${i.line}: ${i.path ? `${i.path}: ` : ''}${i.message}`

export const byLine = (a: LineIssue, b: LineIssue) => a.line - b.line

/** One record of an import file as read, before validation: its line and its keys. */
export interface SourceLine {
  line: number
  data: Record<string, unknown>
}

export interface ReadResult {
  lines: SourceLine[]
  issues: LineIssue[]
}
