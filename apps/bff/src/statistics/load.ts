import { sql } from 'kysely'
import { choicesTable, memoizeByForm, multiFields, storageColumns, type FormDef, type RecordValues, type StorageColumn } from '@ly/forms'
import type { Db } from '../db/database'
import { loose } from '../db/records'
import type { Offer } from './types'

export interface Scope {
  /** One centre, or every centre for national figures. */
  centreId: string | 'all'
  year: number
  offer: Offer
  /** Today in Europe/Oslo (YYYY-MM-DD): open stays count nights up to it. Defaults to now. */
  today?: string
}

export interface LoadedRecord {
  id: string
  createdAt: string
  values: RecordValues
}

const yearStart = (year: number) => `${year}-01-01`

/**
 * The rows of a form that belong to the year: by its date field, or — for forms with an end
 * date (stays) — every row with at least one day in the year, open ones included (decision 4).
 * One condition for the records and, through the join, for their ticked options alike, so
 * neither query reads another year.
 */
function inScope(form: FormDef, scope: Scope, alias: string, lastYear = scope.year) {
  const ref = (name: string) => sql.ref(`${alias}.${name}`)
  const end = form.endDateField
  const parts = [
    sql`${ref(form.dateField)} < ${yearStart(lastYear + 1)}`,
    end ? sql`(${ref(end)} is null or ${ref(end)} > ${yearStart(scope.year)})` : sql`${ref(form.dateField)} >= ${yearStart(scope.year)}`,
  ]
  if (scope.centreId !== 'all') parts.push(sql`${ref('centre_id')} = ${scope.centreId}`)
  if (scope.offer !== 'all' && storageColumns(form).some((c) => c.name === 'offer')) parts.push(sql`${ref('offer')} = ${scope.offer}`)
  return sql<boolean>`${sql.join(parts, sql` and `)}`
}

/**
 * The columns statistics read: every answer except free text. No indicator counts free text,
 * so it never leaves the database here, and each column not read is one value fewer to turn
 * into a JavaScript string per record — the bulk of the cost of loading a year.
 */
export const statisticsColumns = memoizeByForm((form) => storageColumns(form).filter((c) => c.field.kind !== 'text'))

/** Each multiple-choice field's options by key, with their place in the definition. */
const optionOrder = memoizeByForm((form) => new Map(multiFields(form).map((f) => [f.key, new Map(f.options.map((o, i) => [o.key, i]))])))

/**
 * Every record of a form that belongs to the year, with its answers: two queries in all.
 * Values read as `fromRow` (db/records.ts) reads them, free text left out: booleans as
 * true/false, and each multiple choice as the ticked options in definition order (options no
 * longer in the definition are dropped).
 */
export const loadRecords = (db: Db, form: FormDef, scope: Scope): Promise<LoadedRecord[]> => load(db, form, scope, scope.year, statisticsColumns(form), true)

/**
 * The records of every year from `scope.year` to `lastYear` in one query, with only the named
 * columns and no multiple choices: for figures over many years that need a few answers (the
 * trend). Pick a year's records out with `inYear`.
 */
export function loadRecordsOverYears(db: Db, form: FormDef, scope: Scope, lastYear: number, columns: readonly string[]): Promise<LoadedRecord[]> {
  const wanted = new Set(columns)
  return load(db, form, scope, lastYear, storageColumns(form).filter((c) => wanted.has(c.name)), false)
}

/** Whether a record loaded over several years belongs to `year`: the same condition as inScope. */
export function inYear(form: FormDef, record: LoadedRecord, year: number): boolean {
  const start = String(record.values[form.dateField])
  if (start >= yearStart(year + 1)) return false
  if (!form.endDateField) return start >= yearStart(year)
  const end = record.values[form.endDateField]
  return end === null || end === undefined || String(end) > yearStart(year)
}

async function load(db: Db, form: FormDef, scope: Scope, lastYear: number, stored: readonly StorageColumn[], withChoices: boolean): Promise<LoadedRecord[]> {
  const ldb = loose(db)
  const rows = await ldb
    .selectFrom(`${form.table} as r`)
    .where(inScope(form, scope, 'r', lastYear))
    .select(['r.id', 'r.created_at', ...stored.map((c) => `r.${c.name}`)])
    .orderBy(`r.${form.dateField}`)
    .orderBy('r.created_at')
    .execute()
  if (rows.length === 0) return []

  const multi = withChoices ? multiFields(form) : []
  const byId = new Map<string, RecordValues>()
  const records = rows.map((row): LoadedRecord => {
    const values: RecordValues = {}
    for (const { name, field } of stored) {
      const v = row[name] ?? null
      values[name] = field.kind === 'boolean' && v !== null ? v === 1 : v
    }
    for (const field of multi) values[field.key] = []
    const id = String(row.id)
    byId.set(id, values)
    return { id, createdAt: String(row.created_at), values }
  })
  if (multi.length > 0) {
    const choices = await ldb
      .selectFrom(`${choicesTable(form)} as c`)
      .innerJoin(`${form.table} as r`, 'r.id', 'c.record_id')
      .where(inScope(form, scope, 'r', lastYear))
      .select(['c.record_id', 'c.field', 'c.category'])
      .execute()
    const order = optionOrder(form)
    const unsorted = new Map<string[], Map<string, number>>()
    for (const c of choices) {
      const known = order.get(String(c.field))
      const values = byId.get(String(c.record_id))
      if (!known || !values || !known.has(String(c.category))) continue
      const list = values[String(c.field)] as string[]
      list.push(String(c.category))
      if (list.length > 1) unsorted.set(list, known)
    }
    // Definition order, not the database's: the same answers always read back the same.
    for (const [list, known] of unsorted) list.sort((a, b) => known.get(a)! - known.get(b)!)
  }
  return records
}

/** Outgoing calls of the year by recipient type (counted per day, never logged one by one). */
export async function loadOutgoingCalls(db: Db, scope: Scope): Promise<Map<string, number>> {
  let q = db
    .selectFrom('outgoing_call_counts')
    .select((eb) => ['recipient_type', eb.fn.sum<number>('count').as('count')])
    .where('call_date', '>=', yearStart(scope.year))
    .where('call_date', '<', yearStart(scope.year + 1))
  if (scope.centreId !== 'all') q = q.where('centre_id', '=', scope.centreId)
  if (scope.offer !== 'all') q = q.where('offer', '=', scope.offer)
  const rows = await q.groupBy('recipient_type').execute()
  return new Map(rows.map((r) => [r.recipient_type, Number(r.count)]))
}
