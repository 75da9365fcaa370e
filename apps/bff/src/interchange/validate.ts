import { checkCentreOptions, clearInactive, recordSchema, type CentreOptionLists, type FormDef, type RecordValues } from '@ly/forms'
import { loadCentreOptionLists } from '../db/centre-options'
import type { Db } from '../db/database'
import { toFieldIssues } from '../validation'
import { PARENT_REF_KEY, REF_KEY } from './format'
import type { LineIssue, SourceLine } from './issues'
import { readLine, type ReadLine } from './read-line'

/** A line that passed validation: the values exactly as the API would store them. */
export interface PlannedRecord {
  line: number
  form: FormDef
  ref: string
  /** The planned parent (the adult's stay of a child's stay). */
  parent: PlannedRecord | null
  values: RecordValues
}

export interface ValidationScope {
  centreId: string
  /** Oslo's today: as in the API, dates after it are refused. */
  today: string
}

/**
 * Validates every line as the API validates a registration — the form's record schema
 * (consent, skip logic, screening of free text), then the cleared values and the centre's own
 * option lists — and collects the issues of all lines. The rules across records follow at
 * insertion (import.ts), where the API runs them too.
 * Case codes need only the 4–16 letters and digits of decision 3: imported history predates
 * Ly's check character. History may leave «first … in the year» unanswered, as files written
 * before it was required could (stored «ikke besvart», decision 0037).
 */
export async function validateLines(trx: Db, scope: ValidationScope, source: readonly SourceLine[]) {
  const issues: LineIssue[] = []
  const reads: ReadLine[] = []
  for (const line of source) {
    const { read, issues: lineIssues } = readLine(line)
    issues.push(...lineIssues)
    if (read) reads.push(read)
  }

  const byRef = new Map<string, ReadLine>()
  for (const r of reads) {
    const first = byRef.get(r.ref)
    if (first) issues.push({ line: r.line, path: REF_KEY, message: `Er brukt før, på linje ${first.line}. En ref må være unik i filen.` })
    else byRef.set(r.ref, r)
  }

  const schemas = new Map<FormDef, ReturnType<typeof recordSchema>>()
  const lists = new Map<FormDef, CentreOptionLists>()
  const planned = new Map<ReadLine, PlannedRecord>()
  for (const r of reads) {
    const add = (path: string, message: string) => issues.push({ line: r.line, path, message })
    const parentLine = r.form.parent && r.parentRef !== null ? byRef.get(r.parentRef) : undefined
    if (r.form.parent && r.parentRef !== null) {
      if (!parentLine) add(PARENT_REF_KEY, 'Ingen linje i filen har denne ref-en.')
      else if (parentLine.form.key !== r.form.parent.form) add(PARENT_REF_KEY, `Må vise til en linje med skjemaet ${r.form.parent.form}.`)
    }
    const fields = { ...r.fields }
    if (r.form.parent && parentLine?.form.key === r.form.parent.form) {
      // Decision 1: a child's consent (and offer) is the adult's; absent means "as the adult".
      for (const key of r.form.parent.inherits) {
        const own = fields[key] ?? null
        const adults = parentLine.fields[key] ?? null
        if (own === null) fields[key] = adults
        else if (adults !== null && own !== adults) add(key, `Må være det samme som på linje ${parentLine.line}, som adult_ref viser til.`)
      }
    }

    if (!schemas.has(r.form)) schemas.set(r.form, recordSchema(r.form, { today: scope.today, history: true }))
    const parsed = schemas.get(r.form)!.safeParse(fields)
    if (!parsed.success) {
      for (const issue of toFieldIssues(parsed.error)) add(issue.path, issue.message)
      continue
    }
    const values = clearInactive(r.form, parsed.data as RecordValues)
    if (!lists.has(r.form)) lists.set(r.form, await loadCentreOptionLists(trx, scope.centreId, r.form))
    // History may hold an option the centre has since retired: passing the record as its own
    // previous values accepts it, as the API accepts it on a record that already held it.
    for (const issue of checkCentreOptions(r.form, values, lists.get(r.form)!, values)) add(issue.path, issue.message)
    planned.set(r, { line: r.line, form: r.form, ref: r.ref, parent: null, values })
  }
  for (const [r, record] of planned) {
    const parentLine = r.parentRef !== null ? byRef.get(r.parentRef) : undefined
    record.parent = (parentLine && planned.get(parentLine)) ?? null
  }
  return { records: [...planned.values()], issues }
}
