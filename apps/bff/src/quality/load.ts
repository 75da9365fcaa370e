import { sql } from 'kysely'
import { choicesTable, forms, multiFields, registeredForm, storageColumns, type FormDef, type FormKey, type RecordValues } from '@ly/forms'
import type { Db } from '../db/database'

/** A record as it is stored, every answer included, for the quality check. */
export interface CheckedRecord {
  form: FormKey
  id: string
  /** The adult's stay a child's stay belongs to (the parent link), null when it has none. */
  parentId: string | null
  /**
   * The answers as stored. Unlike db/records `fromRow`, a multiple choice keeps ticked options
   * the definition no longer knows: those are exactly what the check must see (imported history).
   */
  values: RecordValues
  /** The stored record's version: a «Sjekket – riktig» mark holds for the version it was made on. */
  version: number
}

const ID_CHUNK = 500

/** Rows of `form` with a day in `year`: dated in it, or — stays — begun before its end and not ended before it. */
async function loadForm(db: Db, form: FormDef, centreId: string, year: number): Promise<CheckedRecord[]> {
  const registered = registeredForm(form)
  const start = `${year}-01-01`
  const next = `${year + 1}-01-01`
  const date = sql.ref(form.dateField)
  const end = form.endDateField ? sql.ref(form.endDateField) : null
  const inYear = end ? sql<boolean>`${date} < ${next} and (${end} is null or ${end} >= ${start})` : sql<boolean>`${date} >= ${start} and ${date} < ${next}`
  const rows = await db.selectFrom(registered.table).selectAll().where('centre_id', '=', centreId).where(inYear).orderBy(registered.dateField).orderBy('created_at').execute()
  const multi = multiFields(form)
  const ticked = new Map<string, Map<string, string[]>>()
  if (multi.length > 0) {
    for (let i = 0; i < rows.length; i += ID_CHUNK) {
      const ids = rows.slice(i, i + ID_CHUNK).map((r) => String(r.id))
      const choices = await db.selectFrom(choicesTable(registered)).select(['record_id', 'field', 'category']).where('record_id', 'in', ids).execute()
      for (const c of choices) {
        const byField = ticked.get(c.record_id) ?? new Map<string, string[]>()
        byField.set(c.field, [...(byField.get(c.field) ?? []), c.category])
        ticked.set(c.record_id, byField)
      }
    }
  }
  return rows.map((row) => {
    const cells = row as Record<string, unknown>
    const values: RecordValues = {}
    for (const { name, field } of storageColumns(form)) {
      const v = cells[name] ?? null
      values[name] = field.kind === 'boolean' && v !== null ? Number(v) === 1 : v
    }
    const own = ticked.get(String(row.id))
    for (const field of multi) {
      // Definition order first, then whatever the definition does not know, so output is stable.
      const chosen = own?.get(field.key) ?? []
      const order = (k: string) => {
        const i = field.options.findIndex((o) => o.key === k)
        return i === -1 ? field.options.length : i
      }
      values[field.key] = [...chosen].sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    }
    const parentId = form.parent ? cells[form.parent.column] : null
    return { form: form.key as FormKey, id: String(row.id), parentId: typeof parentId === 'string' ? parentId : null, values, version: Number(cells.version) }
  })
}

/** Every registration of the centre with a day in the year, by form. */
export async function loadYear(db: Db, centreId: string, year: number): Promise<Map<FormKey, CheckedRecord[]>> {
  const byForm = new Map<FormKey, CheckedRecord[]>()
  for (const [key, form] of Object.entries(forms) as [FormKey, FormDef][]) byForm.set(key, await loadForm(db, form, centreId, year))
  return byForm
}

/** Adults' stays by id that the year did not load (a child's adult outside the year, if any). */
export async function loadAdultStays(db: Db, centreId: string, ids: readonly string[]): Promise<Map<string, RecordValues>> {
  const found = new Map<string, RecordValues>()
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await db
      .selectFrom('adult_stays')
      .select(['id', 'stay_start_date', 'stay_end_date'])
      .where('centre_id', '=', centreId)
      .where('id', 'in', ids.slice(i, i + ID_CHUNK))
      .execute()
    for (const r of rows) found.set(r.id, { stay_start_date: r.stay_start_date, stay_end_date: r.stay_end_date })
  }
  return found
}
