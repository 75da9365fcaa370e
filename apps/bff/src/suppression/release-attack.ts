import { formByKey } from '@ly/forms'
import { exportCellId, exportEquations } from '../report/disclosure'
import type { BuiltTable } from '../report/disclosure-types'
import { SUPPRESSED_MARK } from '../report/model'
import type { NationalRecordsFile } from '../report/national/records'
import { quasiIdentifiers } from '../report/national/quasi-identifiers'
import { recoverableCells, type Equation } from './linear-attack'

/**
 * The attacker of one release (decision 0021): someone holding every file a leader can download
 * for a set of views — the tables of the report and of the aggregate national file, as built
 * with their true counts, and the record-level file as published — who solves for the hidden
 * cells by any linear combination of what is printed.
 *
 * Counting the record file's lines is linear: for a question X of a table and each value the
 * file prints, the lines of the table's population that print it are the table's counts of the
 * answers behind that value less those the file hides (unknowns); the hidden ones add up to the
 * lines that print the mark (single choice). The attacker knows how each table is counted, so
 * only the equations that hold are given (population: all the form's lines, or its first lines
 * in the year). Returns the hidden cells that can be worked out.
 */
export function releaseAttack(tables: readonly BuiltTable[], hidden: ReadonlySet<string>, file: NationalRecordsFile | null, known: readonly Equation[] = []): string[] {
  const eqs = exportEquations(tables)
  // `known`: sums the attacker knows from the counting rules, such as a year's tertials adding up to it.
  const equations: Equation[] = [...eqs.equations, ...known]
  const unknowns = new Set(hidden)
  if (file) for (const t of tables) equations.push(...recordFileEquations(t, file, unknowns))
  return recoverableCells(equations, unknowns).filter((id) => hidden.has(id))
}

const fileValue = (rowKey: string) => (rowKey === 'yes' ? 'true' : rowKey === 'no' ? 'false' : rowKey)

/** The record file's counts tied to one table's categories, per group of the table. */
function recordFileEquations({ table }: BuiltTable, file: NationalRecordsFile, unknowns: Set<string>): Equation[] {
  const out: Equation[] = []
  const col = table.columns[0]?.key
  if (!col || table.columns.length !== 1) return out
  table.fields.forEach((fieldId, gi) => {
    const [formKey, fieldKey] = fieldId.split('.') as [string, string]
    const form = formByKey(formKey)
    const note = file.forms.find((f) => f.form === formKey)
    if (!form || !note || note.omitted) return
    const key = fieldKey === 'age' ? 'age_group' : fieldKey
    const prefix = table.fields.length > 1 ? `${gi + 1}.` : ''
    const rows = table.rows.filter((r) => r.kind === 'category' && r.key.startsWith(prefix) && r.cells[0]?.state === 'value')
    if (rows.length === 0) return
    const qi = quasiIdentifiers(form).find((q) => q.key === key)
    const publish = (v: string) => String(qi ? qi.levels[note.levels[key] ?? 0]!.map(v) : v)
    const lines = file.records.filter((r) => r.form === formKey)
    const first = form.firstInYearField
    const truth = new Map(rows.map((r) => [fileValue(r.key.slice(prefix.length)), r.cells[0]!.value ?? 0]))
    const answered = (l: Record<string, unknown>) => l[key] !== null && l[key] !== undefined && !(Array.isArray(l[key]) && (l[key] as unknown[]).length === 0)
    const nRow = table.rows.find((r) => r.kind === 'n' && r.key === `${prefix}n`)
    const n = nRow?.cells[0]?.value
    // The population the table counts: the one whose answered lines match its N (the attacker knows the definition).
    const linked = [lines, first ? lines.filter((l) => l[first] === 'yes') : null].some((pop) => pop !== null && n !== null && n !== undefined && pop.filter(answered).length === n)
    if (!linked) return
    const id = (suffix: string) => `${table.id}/${prefix}${suffix}/record-file`
    // With no mark printed in the column, nothing is hidden there: the clear counts are the counts.
    const marked = lines.some((l) => l[key] === MARK || (Array.isArray(l[key]) && (l[key] as unknown[]).includes(MARK)))
    const hiddenOf = (v: string) => (marked ? [id(`hidden:${v}`)] : [])
    const groups = new Map<string, string[]>()
    for (const v of truth.keys()) groups.set(publish(v), [...(groups.get(publish(v)) ?? []), v])
    for (const [g, members] of groups) {
      const total = id(`sum:${g}`)
      unknowns.add(total)
      for (const v of members) for (const h of hiddenOf(v)) unknowns.add(h)
      out.push({ parts: members.map((v) => exportCellId(table.id, `${prefix}${rowKeyOf(v)}`, col)), total })
      // The clear count is printed (a known number): only the hidden ones are unknowns.
      out.push({ parts: [id(`clear:${g}`), ...members.flatMap(hiddenOf)], total })
    }
    // The marks are the hidden answers, and the unanswered too unless the file shows unanswered lines.
    const showsUnanswered = lines.some((l) => !answered(l))
    if (!showsUnanswered) unknowns.add(id('unanswered'))
    if (marked && !table.multi) out.push({ parts: [...[...truth.keys()].flatMap(hiddenOf), ...(showsUnanswered ? [] : [id('unanswered')])], total: id('mark') })
  })
  return out
}

const MARK = SUPPRESSED_MARK
const rowKeyOf = (v: string) => (v === 'true' ? 'yes' : v === 'false' ? 'no' : v)
