import { sql } from 'kysely'
import {
  choicesTable,
  forms,
  memoizeByForm,
  registeredForm,
  multiFields,
  storageColumns,
  type FormDef,
  type FirstInYearKey,
  type FormKey,
  type MultiField,
  type RecordValues,
  type StorageColumn,
} from '@ly/forms'
import type { Db } from '../db/database'
import { yearPeriod, type Period } from './period'
import type { Offer } from './types'

export interface Scope {
  /** One centre's id, or `'all'`: every centre, for national figures. */
  centreId: string
  year: number
  /** A part of the year (decision 0026); the whole of `year` when absent. */
  period?: Period
  offer: Offer
  /** Today in Europe/Oslo (YYYY-MM-DD): open stays count nights up to it. Defaults to now. */
  today?: string
}

export interface LoadedRecord {
  id: string
  /** The centre it was registered at: case codes are a centre's own (persons.ts). */
  centreId?: string
  values: RecordValues
}

const yearStart = (year: number) => `${year}-01-01`

/** The window a scope counts: its period, or its whole year. */
export const periodOf = (scope: Scope): Period => scope.period ?? yearPeriod(scope.year)

/**
 * The rows of a form that belong to the year or period: by its date field, or — for forms with
 * an end date (stays) — every row with at least one day in it, open ones included (decision 4).
 * A stay that ends on the first day (1 January for the year) is loaded too: its nights all belong
 * to the time before, but its move-out is in the period, and it lived there when it began (R-09e, R-10).
 * One condition for the records and, through the join, for their ticked options alike, so
 * neither query reads another year.
 */
function inScope(form: FormDef, scope: Scope, alias: string, lastYear = scope.year) {
  const ref = (name: string) => sql.ref(`${alias}.${name}`)
  const end = form.endDateField
  const { from, to } = periodOf(scope)
  const parts = [
    sql`${ref(form.dateField)} < ${lastYear === scope.year ? to : yearStart(lastYear + 1)}`,
    end ? sql`(${ref(end)} is null or ${ref(end)} >= ${from})` : sql`${ref(form.dateField)} >= ${from}`,
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
const isStatisticsColumn = (c: StorageColumn) => c.field.kind !== 'text'
export const statisticsColumns = memoizeByForm((form) => storageColumns(form).filter(isStatisticsColumn))

/**
 * Every record of a form that belongs to the year, with its answers: one query. Values read as
 * `fromRow` (db/records.ts) reads them, free text left out: booleans as true/false, and each
 * multiple choice as the ticked options in definition order (options no longer in the
 * definition are dropped).
 */
export const loadRecords = (db: Db, form: FormDef, scope: Scope): Promise<LoadedRecord[]> => load(db, form, scope, scope.year, isStatisticsColumn, multiFields(form))

/**
 * The records of every year from `scope.year` to `lastYear` in one query, with only the named
 * columns and no multiple choices: for figures over many years that need a few answers (the
 * trend). Pick a year's records out with `inYear`.
 */
export function loadRecordsOverYears(db: Db, form: FormDef, scope: Scope, lastYear: number, columns: readonly string[]): Promise<LoadedRecord[]> {
  const wanted = new Set(columns)
  return load(db, form, scope, lastYear, (c) => wanted.has(c.name), [])
}

/** Whether a record loaded over several years belongs to `year`: the same condition as inScope. */
export const inYear = (form: FormDef, record: LoadedRecord, year: number): boolean => inPeriod(form, record, yearPeriod(year))

/** Whether a record loaded over several years belongs to the period: the same condition as inScope. */
export function inPeriod(form: FormDef, record: LoadedRecord, period: Period): boolean {
  const start = String(record.values[form.dateField])
  if (start >= period.to) return false
  if (!form.endDateField) return start >= period.from
  const end = record.values[form.endDateField]
  return typeof end !== 'string' || end >= period.from
}

/**
 * A multiple choice as one number per record: the sum of 2^i over the ticked options, i their
 * place in the definition (a primary key makes each option count once). One small integer per
 * field instead of a row per ticked option saves most of what reading a year costs — turning
 * database values into JavaScript ones — and decodes straight into definition order. Plain
 * `sum(case …)` in a subquery, so PostgreSQL reads it alike.
 */
function choiceMask(form: FormDef, field: MultiField) {
  // 2^52 is the last power a double holds exactly, and PostgreSQL sums integers as bigint.
  if (field.options.length > 52) throw new Error(`${form.key}.${field.key}: too many options for a choice mask`)
  const cases = field.options.map((o, i) => sql`when ${o.key} then ${sql.lit(2 ** i)}`)
  return sql<
    number | string | null
  >`(select sum(case c.category ${sql.join(cases, sql` `)} else 0 end) from ${sql.table(choicesTable(form))} as c where c.record_id = ${sql.ref(`${form.table}.id`)} and c.field = ${field.key})`.as(
    field.key,
  )
}

function decodeMask(field: MultiField, raw: unknown): string[] {
  const ticked: string[] = []
  let mask = raw === null || raw === undefined ? 0 : Number(raw)
  for (let i = 0; mask > 0; i++) {
    if (mask % 2 === 1) ticked.push(field.options[i]!.key)
    mask = (mask - (mask % 2)) / 2
  }
  return ticked
}

/** Reads `form`'s records in scope: the columns `pick` chooses and the multiple choices `multi`. */
async function load(db: Db, form: FormDef, scope: Scope, lastYear: number, pick: (c: StorageColumn) => boolean, multi: readonly MultiField[]): Promise<LoadedRecord[]> {
  const registered = registeredForm(form)
  const stored = storageColumns(registered).filter(pick)
  const rows = await db
    .selectFrom(registered.table)
    .where(inScope(form, scope, registered.table, lastYear))
    .select(['id', 'centre_id', ...stored.map((c) => c.name)])
    .select(multi.map((f) => choiceMask(registered, f)))
    .orderBy(registered.dateField)
    .orderBy('created_at')
    .execute()
  return rows.map((row): LoadedRecord => {
    const values: RecordValues = {}
    for (const { name, field } of stored) {
      const v = row[name] ?? null
      values[name] = field.kind === 'boolean' && v !== null ? v === 1 : v
    }
    for (const field of multi) values[field.key] = decodeMask(field, row[field.key])
    return { id: String(row.id), centreId: String(row.centre_id), values }
  })
}

/**
 * The forms with at least one record in the scope's year or period, by the condition the
 * statistics load by (issue 17, point 10): a year without a record of a form has no figure of
 * that form to compare with, which a zero would hide. One `limit 1` query per form.
 */
export async function formsWithRecords(db: Db, scope: Scope): Promise<Set<FormKey>> {
  const found = new Set<FormKey>()
  for (const key of Object.keys(forms) as FormKey[]) {
    const form = registeredForm(forms[key])
    // Latest first: a stay that reaches into the period is most likely among the last begun
    // before its end, where oldest first walked every earlier year's stays (decision 0058).
    const row = await db
      .selectFrom(form.table)
      .select('id')
      .where(inScope(form, scope, form.table))
      .orderBy(sql.ref(`${form.table}.${form.dateField}`), 'desc')
      .limit(1)
      .executeTakeFirst()
    if (row) found.add(key)
  }
  return found
}

/**
 * Records without a case code that personRecords counts as nobody (issue 17 point 5, decision
 * 0037), per form: consenting, begun in the scope, and «first … in the year» either unanswered
 * (`unanswered`: the dashboard names them and Kvalitetskontroll asks for the answer) or answered
 * «Vet ikke» (`unknown`: maybe a new person, maybe one already counted — shown beside the persons).
 */
export async function unplacedRecords(db: Db, scope: Scope, answer: 'unanswered' | 'unknown' = 'unanswered'): Promise<Partial<Record<FormKey, number>>> {
  const { from } = periodOf(scope)
  const result: Partial<Record<FormKey, number>> = {}
  for (const key of Object.keys(forms) as FormKey[]) {
    const def: FormDef = forms[key]
    const flag = def.firstInYearField
    const consent = def.consentField
    if (!flag || !consent) continue
    const form = registeredForm(def)
    const flagRef = sql.ref(`${form.table}.${flag}`)
    const row = await db
      .selectFrom(form.table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(inScope(form, scope, form.table))
      .where(sql.ref(`${form.table}.${form.dateField}`), '>=', from)
      .where(sql.ref(`${form.table}.${consent}`), '=', 1)
      .where(sql.ref(`${form.table}.case_code`), 'is', null)
      .where(flagRef, answer === 'unknown' ? '=' : 'is', answer === 'unknown' ? ('unknown' satisfies FirstInYearKey) : null)
      .executeTakeFirst()
    const n = Number(row?.n ?? 0)
    if (n > 0) result[key] = n
  }
  return result
}

/** Outgoing calls of the year or period by recipient type (counted per day, never logged one by one). */
export async function loadOutgoingCalls(db: Db, scope: Scope): Promise<Map<string, number>> {
  const { from, to } = periodOf(scope)
  let q = db
    .selectFrom('outgoing_call_counts')
    .select((eb) => ['recipient_type', eb.fn.sum<number>('count').as('count')])
    .where('call_date', '>=', from)
    .where('call_date', '<', to)
  if (scope.centreId !== 'all') q = q.where('centre_id', '=', scope.centreId)
  if (scope.offer !== 'all') q = q.where('offer', '=', scope.offer)
  const rows = await q.groupBy('recipient_type').execute()
  return new Map(rows.map((r) => [r.recipient_type, Number(r.count)]))
}
