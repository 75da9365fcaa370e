import { sql } from 'kysely'
import { choicesTable, multiFields, storageColumns, type FormDef, type RecordValues } from '@ly/forms'
import type { Db } from '../db/database'
import { fromRow, loose } from '../db/records'
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
function inScope(form: FormDef, scope: Scope, alias: string) {
  const ref = (name: string) => sql.ref(`${alias}.${name}`)
  const end = form.endDateField
  const parts = [
    sql`${ref(form.dateField)} < ${yearStart(scope.year + 1)}`,
    end ? sql`(${ref(end)} is null or ${ref(end)} > ${yearStart(scope.year)})` : sql`${ref(form.dateField)} >= ${yearStart(scope.year)}`,
  ]
  if (scope.centreId !== 'all') parts.push(sql`${ref('centre_id')} = ${scope.centreId}`)
  if (scope.offer !== 'all' && storageColumns(form).some((c) => c.name === 'offer')) parts.push(sql`${ref('offer')} = ${scope.offer}`)
  return sql<boolean>`${sql.join(parts, sql` and `)}`
}

/** Every record of a form that belongs to the year, with its answers: two queries in all. */
export async function loadRecords(db: Db, form: FormDef, scope: Scope): Promise<LoadedRecord[]> {
  const ldb = loose(db)
  const columns = ['id', 'created_at', ...storageColumns(form).map((c) => c.name)].map((c) => `r.${c}`)
  const rows = await ldb
    .selectFrom(`${form.table} as r`)
    .where(inScope(form, scope, 'r'))
    .select(columns)
    .orderBy(`r.${form.dateField}`)
    .orderBy('r.created_at')
    .execute()
  if (rows.length === 0) return []

  const choicesByRecord = new Map<string, { field: string; category: string }[]>()
  if (multiFields(form).length > 0) {
    const choices = await ldb
      .selectFrom(`${choicesTable(form)} as c`)
      .innerJoin(`${form.table} as r`, 'r.id', 'c.record_id')
      .where(inScope(form, scope, 'r'))
      .select(['c.record_id', 'c.field', 'c.category'])
      .execute()
    for (const c of choices) {
      const id = String(c.record_id)
      const list = choicesByRecord.get(id)
      const choice = { field: String(c.field), category: String(c.category) }
      if (list) list.push(choice)
      else choicesByRecord.set(id, [choice])
    }
  }
  return rows.map((row) => ({ id: String(row.id), createdAt: String(row.created_at), values: fromRow(form, row, choicesByRecord.get(String(row.id)) ?? []) }))
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
