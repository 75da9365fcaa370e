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
 * Every record of a form that belongs to the year: by its date field, or — for forms with an
 * end date (stays) — every record with at least one day in the year, open ones included
 * (decision 4). Two queries: the rows, then their ticked options.
 */
export async function loadRecords(db: Db, form: FormDef, scope: Scope): Promise<LoadedRecord[]> {
  const ldb = loose(db)
  const endField = form.endDateField
  const columns = ['id', 'created_at', ...storageColumns(form).map((c) => c.name)]
  let q = ldb.selectFrom(form.table).select(columns).where(form.dateField, '<', yearStart(scope.year + 1))
  q = endField
    ? q.where((eb) => eb.or([eb(endField, 'is', null), eb(endField, '>', yearStart(scope.year))]))
    : q.where(form.dateField, '>=', yearStart(scope.year))
  if (scope.centreId !== 'all') q = q.where('centre_id', '=', scope.centreId)
  if (scope.offer !== 'all' && storageColumns(form).some((c) => c.name === 'offer')) q = q.where('offer', '=', scope.offer)
  const rows = await q.orderBy(form.dateField).orderBy('created_at').execute()
  if (rows.length === 0) return []

  const choicesByRecord = new Map<string, { field: string; category: string }[]>()
  if (multiFields(form).length > 0) {
    // Joined on the same filter rather than an IN list, which would grow with the year.
    const ids = new Set(rows.map((r) => String(r.id)))
    let cq = ldb.selectFrom(`${choicesTable(form)} as c`).innerJoin(`${form.table} as r`, 'r.id', 'c.record_id').select(['c.record_id', 'c.field', 'c.category'])
    if (scope.centreId !== 'all') cq = cq.where('r.centre_id', '=', scope.centreId)
    cq = cq.where(`r.${form.dateField}`, '<', yearStart(scope.year + 1))
    for (const c of await cq.execute()) {
      const id = String(c.record_id)
      if (!ids.has(id)) continue
      const list = choicesByRecord.get(id) ?? []
      list.push({ field: String(c.field), category: String(c.category) })
      choicesByRecord.set(id, list)
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
