import { choicesTable, multiFields, RECORD_META_COLUMNS, storageColumns, type FormDef } from '@ly/forms'
import type { GeneratedRecord } from './generate-year'

/**
 * Generated records as plain table rows, the way `db/records.ts` stores a record: a row per
 * record with a column per single-valued field, and a row per ticked option in the choices
 * table. Columns are fixed per table, so one prepared statement (or one multi-row insert)
 * writes them all.
 */
export type Cell = string | number | null

export interface TableRows {
  table: string
  columns: string[]
  rows: Cell[][]
}

const metaColumns = (form: FormDef) => [...RECORD_META_COLUMNS.map((c) => c.name), ...(form.parent ? [form.parent.column] : [])]

/** Parents' tables before their children's, then the choices: the order foreign keys need. */
export function toTableRows(centreId: string, records: readonly GeneratedRecord[]): TableRows[] {
  const byForm = new Map<FormDef, GeneratedRecord[]>()
  for (const r of records) {
    const list = byForm.get(r.form)
    if (list) list.push(r)
    else byForm.set(r.form, [r])
  }
  const ordered = [...byForm.keys()].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined))
  const main: TableRows[] = []
  const choices: TableRows[] = []
  for (const form of ordered) {
    const list = byForm.get(form)!
    const columns = storageColumns(form)
    main.push({
      table: form.table,
      columns: [...metaColumns(form), ...columns.map((c) => c.name)],
      rows: list.map((r) => [
        r.id,
        centreId,
        1,
        r.createdAt,
        null, // created_by: no user typed demo data
        r.updatedAt,
        null,
        ...(form.parent ? [r.parentId] : []),
        ...columns.map(({ name, field }) => {
          const v = r.values[name]
          if (v === null || v === undefined) return null
          return field.kind === 'boolean' ? (v === true ? 1 : 0) : (v as string | number)
        }),
      ]),
    })
    const multi = multiFields(form)
    if (multi.length === 0) continue
    choices.push({
      table: choicesTable(form),
      columns: ['record_id', 'field', 'category'],
      rows: list.flatMap((r) => multi.flatMap((f) => ((r.values[f.key] as string[] | null) ?? []).map((category): Cell[] => [r.id, f.key, category]))),
    })
  }
  return [...main, ...choices]
}
