import { randomUUID } from 'node:crypto'
import type { Db } from './database'
import { allFields, choicesTable, findField, forms, multiFields, registeredForm, storageColumns, type FormDef, type RecordValues } from '@ly/forms'

/**
 * Generic storage of registration records, driven by the form definitions: one row in
 * `form.table` with a column per single-valued field, one row per ticked option in the
 * choices table. Each function reaches the table through the registry's definition
 * (`registeredForm`), whose table and columns `Database` knows; the drift test proves the
 * definitions and the migrated tables agree.
 */
type Cell = string | number | null

export interface RecordMeta {
  id: string
  version: number
  createdAt: string
  updatedAt: string
}

export interface StoredRecord extends RecordMeta {
  /** The record this one belongs to (a child's stay → the adult's stay); only on such forms. */
  parentId?: string
  values: RecordValues
}

const parentOf = (form: FormDef, row: Record<string, Cell>) => (form.parent ? { parentId: String(row[form.parent.column]) } : {})

function toRow(form: FormDef, values: RecordValues): Record<string, Cell> {
  return Object.fromEntries(
    storageColumns(form).map(({ name, field }) => {
      const v = values[name]
      if (v === null || v === undefined) return [name, null]
      return [name, field.kind === 'boolean' ? (v === true ? 1 : 0) : (v as string | number)]
    }),
  )
}

export function fromRow(form: FormDef, row: Record<string, Cell>, choices: { field: Cell; category: Cell }[]): RecordValues {
  const values: RecordValues = {}
  for (const { name, field } of storageColumns(form)) {
    const v = row[name] ?? null
    values[name] = field.kind === 'boolean' && v !== null ? v === 1 : v
  }
  for (const field of multiFields(form)) {
    // Definition order, not insertion order: the same answers always read back the same.
    const ticked = new Set(choices.filter((c) => c.field === field.key).map((c) => c.category))
    values[field.key] = field.options.map((o) => o.key).filter((k) => ticked.has(k))
  }
  return values
}

const metaOf = (row: Record<string, Cell>): RecordMeta => ({
  id: String(row.id),
  version: Number(row.version),
  createdAt: String(row.created_at),
  updatedAt: String(row.updated_at),
})

/** The ticked options of a record's multiple choices, a row each. */
const choiceRows = (form: FormDef, values: RecordValues) =>
  multiFields(form).flatMap((f) => ((values[f.key] as string[] | null) ?? []).map((category) => ({ field: f.key, category })))

/** `fresh`: the record was just inserted under a new random id, so it has no old choices to delete. */
async function writeChoices(db: Db, form: FormDef, id: string, values: RecordValues, fresh = false) {
  const table = choicesTable(registeredForm(form))
  if (!fresh) await db.deleteFrom(table).where('record_id', '=', id).execute()
  const rows = choiceRows(form, values).map((choice) => ({ record_id: id, ...choice }))
  if (rows.length > 0) await db.insertInto(table).values(rows).execute()
}

/**
 * Must run inside a transaction: the row and its choices are written together or not at all.
 * `userId` is null for records no user of this installation registered (imported history);
 * `parentId` fills the form's parent link (a child's stay → the adult's stay).
 */
export async function insertRecord(trx: Db, form: FormDef, centreId: string, userId: string | null, values: RecordValues, now: Date, parentId?: string) {
  const { table } = registeredForm(form)
  const id = randomUUID()
  const at = now.toISOString()
  const link = form.parent && parentId !== undefined ? { [form.parent.column]: parentId } : {}
  await trx
    .insertInto(table)
    .values({ id, centre_id: centreId, version: 1, created_at: at, created_by: userId, updated_at: at, updated_by: userId, ...link, ...toRow(form, values) })
    .execute()
  await writeChoices(trx, form, id, values, true)
  return id
}

/**
 * The record insertRecord just wrote, as findRecord would read it back — built from the same
 * row and choices it wrote (toRow, then fromRow), which saves a create two queries. A route test
 * ("reads it back") holds the two equal.
 */
export function insertedRecord(form: FormDef, id: string, values: RecordValues, now: Date, parentId?: string): StoredRecord {
  const at = now.toISOString()
  return {
    id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...(form.parent && { parentId: String(parentId ?? null) }),
    values: fromRow(form, toRow(form, values), choiceRows(form, values)),
  }
}

/**
 * Optimistic concurrency: applies only to the version the caller saw. Inside a transaction.
 * The year lock is not checked here but by the records service (records/writes.ts), which every
 * writer of the app goes through; test seeds write around it.
 */
export async function updateRecord(trx: Db, form: FormDef, centreId: string, id: string, version: number, userId: string, values: RecordValues, now: Date) {
  const result = await trx
    .updateTable(registeredForm(form).table)
    .set({ ...toRow(form, values), version: version + 1, updated_at: now.toISOString(), updated_by: userId })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) return false
  await writeChoices(trx, form, id, values)
  return true
}

export async function deleteRecord(trx: Db, form: FormDef, centreId: string, id: string, version: number) {
  const result = await trx.deleteFrom(registeredForm(form).table).where('centre_id', '=', centreId).where('id', '=', id).where('version', '=', version).executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}

export async function findRecord(trx: Db, form: FormDef, centreId: string, id: string): Promise<StoredRecord | undefined> {
  const registered = registeredForm(form)
  const row = await trx.selectFrom(registered.table).selectAll().where('centre_id', '=', centreId).where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const choices = await trx.selectFrom(choicesTable(registered)).select(['field', 'category']).where('record_id', '=', id).execute()
  return { ...metaOf(row), ...parentOf(form, row), values: fromRow(form, row, choices) }
}

export interface RecordFilter {
  year: number
  offer?: 'women' | 'men'
  month?: number
  consent?: boolean
  caseCode?: string
  /** Forms with an end date: open (no end date yet) or closed records only. */
  status?: 'open' | 'closed'
  /** Today: an open stay reaches up to it (decision 4). */
  asOf?: string
}

/** Whether the form's date field is a year (an integer question), not a calendar date. */
export const isYearDated = (form: FormDef) => findField(form, form.dateField)?.kind === 'integer'

export interface ListedRecord extends RecordMeta {
  values: RecordValues
}

/**
 * Where a page of a list ends: the last row's sort key (form date, created_at, id). The next page
 * starts after it, so records registered meanwhile never shift a row onto two pages or none.
 */
export interface ListCursor {
  /** The form's date field: an ISO date, or the year itself for a year-dated form. */
  date: string | number
  createdAt: string
  id: string
}

export interface ListPage {
  /** Rows to return at most. */
  limit: number
  /** Continue after this row; the first page without it. */
  after?: ListCursor
}

export interface ListedRecords {
  records: ListedRecord[]
  /** Every record matching the filter, on all pages. */
  total: number
  /** The cursor of the next page, or null on the last one. */
  next: ListCursor | null
}

/**
 * A page of a year's (or month's) records for a list, newest first: the bare event plus the
 * form's list fields, and the count of all that match. Paged so a busy month costs the same as
 * a quiet one to show (decision 0015).
 */
export async function listRecords(trx: Db, form: FormDef, centreId: string, filter: RecordFilter, page: ListPage): Promise<ListedRecords> {
  const from = filter.month ? `${filter.year}-${String(filter.month).padStart(2, '0')}-01` : `${filter.year}-01-01`
  const to = filter.month && filter.month < 12 ? `${filter.year}-${String(filter.month + 1).padStart(2, '0')}-01` : `${filter.year + 1}-01-01`
  const registered = registeredForm(form)
  const date = registered.dateField
  const end = 'endDateField' in registered ? registered.endDateField : undefined
  const consent = 'consentField' in registered ? registered.consentField : undefined
  const shown = new Set<string | undefined>(['offer', 'case_code', consent, date, end, ...form.listFields]) // a stay's bare event has both dates
  // List fields are single-valued (a forms test checks it), so no choices are read here.
  const scalar = storageColumns(registered).filter((c) => shown.has(c.name))
  let q = trx
    .selectFrom(registered.table)
    .where('centre_id', '=', centreId)
    .where((eb) => {
      // A form about a whole year (the annual centre form) has the year itself as its date.
      if (isYearDated(form)) return eb(date, '=', filter.year)
      if (!end) return eb.and([eb(date, '>=', from), eb(date, '<', to)])
      // A stay is listed in every period it has a night in, open ones up to today; one with no
      // night yet (same day, or checked in today) in the period it began (statistics/nights.ts).
      const open = filter.asOf !== undefined && filter.asOf > from ? [eb(end, 'is', null)] : []
      return eb.and([eb(date, '<', to), eb.or([eb(date, '>=', from), eb(end, '>', from), ...open])])
    })
  if (filter.offer) q = q.where('offer', '=', filter.offer)
  if (filter.consent !== undefined && consent) q = q.where(consent, '=', filter.consent ? 1 : 0)
  if (filter.caseCode) q = q.where('case_code', '=', filter.caseCode)
  if (filter.status && end) q = q.where(end, filter.status === 'open' ? 'is' : 'is not', null)

  const counted = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
  const after = page.after
  let rowsQ = q.select(['id', 'version', 'created_at', 'updated_at', ...scalar.map((c) => c.name)])
  if (after) {
    // Rows after the cursor in the order below: (date, created_at, id) descending. Plain
    // comparisons rather than a row value, so SQLite and PostgreSQL read them alike.
    rowsQ = rowsQ.where((eb) =>
      eb.or([
        eb(date, '<', after.date),
        eb.and([eb(date, '=', after.date), eb('created_at', '<', after.createdAt)]),
        eb.and([eb(date, '=', after.date), eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    )
  }
  // One row more than asked tells whether another page follows.
  const rows = await rowsQ
    .orderBy(date, 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute()
  const more = rows.length > page.limit
  const pageRows = more ? rows.slice(0, page.limit) : rows
  const last = pageRows.at(-1)
  const subset: FormDef = { ...form, sections: [{ key: 'list', title: '', fields: scalar.map((c) => c.field) }] }
  return {
    records: pageRows.map((row) => ({ ...metaOf(row), values: fromRow(subset, row, []) })),
    total: Number(counted.n),
    // The date field is required, so a row always has one; the check only satisfies the column's type.
    next: more && last && last[date] !== null ? { date: last[date], createdAt: String(last.created_at), id: String(last.id) } : null,
  }
}

/** Whether a case code is already in use at the centre, in any form that carries one. */
export async function caseCodeInUse(trx: Db, centreId: string, caseCode: string): Promise<boolean> {
  for (const form of Object.values(forms)) {
    if (!allFields(form).some((f) => f.kind === 'case_code')) continue
    const hit = await trx.selectFrom(form.table).select('id').where('centre_id', '=', centreId).where('case_code', '=', caseCode).limit(1).executeTakeFirst()
    if (hit) return true
  }
  return false
}

export interface RecordQuery {
  ids?: readonly string[]
  /** Records belonging to this parent record (a child's stays of an adult's stay). */
  parentId?: string
  caseCode?: string
  /** Only records without an end date (stays going on now). */
  open?: boolean
  offer?: 'women' | 'men'
}

/** Ids per query, well below SQLite's limit on bound parameters. */
const ID_CHUNK = 500

/** `read` over a long list of ids, ID_CHUNK at a time, the answers joined in order. */
async function inIdChunks<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const all: T[] = []
  for (let i = 0; i < ids.length; i += ID_CHUNK) all.push(...(await read(ids.slice(i, i + ID_CHUNK))))
  return all
}

/** Whole records — every answer and choice — for boards, derived facts and cross-record rules. */
export async function findRecords(trx: Db, form: FormDef, centreId: string, query: RecordQuery): Promise<StoredRecord[]> {
  if (query.ids && query.ids.length > ID_CHUNK) return inIdChunks(query.ids, (ids) => findRecords(trx, form, centreId, { ...query, ids }))
  if (query.ids?.length === 0) return []
  const registered = registeredForm(form)
  let q = trx.selectFrom(registered.table).selectAll().where('centre_id', '=', centreId)
  if (query.ids) q = q.where('id', 'in', [...query.ids])
  if (query.parentId !== undefined && 'parent' in registered) q = q.where(registered.parent.column, '=', query.parentId)
  if (query.caseCode !== undefined) q = q.where('case_code', '=', query.caseCode)
  if (query.open && 'endDateField' in registered) q = q.where(registered.endDateField, 'is', null)
  if (query.offer) q = q.where('offer', '=', query.offer)
  const rows = await q.orderBy(registered.dateField).orderBy('created_at').execute()
  if (rows.length === 0) return []
  const choices = await trx
    .selectFrom(choicesTable(registered))
    .select(['record_id', 'field', 'category'])
    .where(
      'record_id',
      'in',
      rows.map((r) => String(r.id)),
    )
    .execute()
  const byRecord = new Map<string, typeof choices>()
  for (const c of choices) byRecord.set(String(c.record_id), [...(byRecord.get(String(c.record_id)) ?? []), c])
  return rows.map((row) => ({ ...metaOf(row), ...parentOf(form, row), values: fromRow(form, row, byRecord.get(String(row.id)) ?? []) }))
}

/**
 * How many records of `form` belong to each of `parentIds` (an adult's stays → their children's
 * stays), in one grouped query; a parent without any is left out of the map.
 */
export async function countByParent(trx: Db, form: FormDef, centreId: string, parentIds: readonly string[]): Promise<Map<string, number>> {
  const registered = registeredForm(form)
  if (!('parent' in registered) || parentIds.length === 0) return new Map()
  if (parentIds.length > ID_CHUNK) return new Map(await inIdChunks(parentIds, async (ids) => [...(await countByParent(trx, form, centreId, ids))]))
  const column = registered.parent.column
  const rows = await trx
    .selectFrom(registered.table)
    .select((eb) => [eb.ref(column).as('parent_id'), eb.fn.countAll().as('n')])
    .where('centre_id', '=', centreId)
    .where(column, 'in', [...parentIds])
    .groupBy(column)
    .execute()
  // PostgreSQL answers count(*) as a bigint string, SQLite as a number.
  return new Map(rows.map((r) => [String(r.parent_id), Number(r.n)]))
}
