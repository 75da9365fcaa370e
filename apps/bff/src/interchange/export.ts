import { formByKey, type FormDef, registeredForm } from '@ly/forms'
import type { Db } from '../db/database'
import { findRecords, type StoredRecord } from '../db/records'
import { formsInParentOrder, REF_KEY, toInterchange, type InterchangeRecord } from './format'
import type { InterchangeFormat } from './import'
import { writeCsvRecords } from './csv-records'
import { writeJsonLines } from './jsonl'

const yearStart = (year: number) => `${year}-01-01`

/**
 * The ids of a form's records in a year: dated in it, or — for stays — with a night in it
 * (decision 4), open stays included, or ending on 1 January: such a stay's nights all belong to
 * the year before, but its move-out is counted in January (issue 17 point 6), so it is in the
 * files of both years, as the statistics load it. A stay without nights (in and out the same day)
 * belongs to the year it is dated in, so no record is left out of every file.
 */
async function idsOfYear(db: Db, form: FormDef, centreId: string, year: number): Promise<string[]> {
  const registered = registeredForm(form)
  const end = 'endDateField' in registered ? registered.endDateField : undefined
  const rows = await db
    .selectFrom(registered.table)
    .select('id')
    .where('centre_id', '=', centreId)
    .where(registered.dateField, '<', yearStart(year + 1))
    .where((eb) => eb.or([eb(registered.dateField, '>=', yearStart(year)), ...(end ? [eb(end, 'is', null), eb(end, '>=', yearStart(year))] : [])]))
    .execute()
  return rows.map((r) => String(r.id))
}

/** Date, then parent and content (the ref left out): the same records always export the same way. */
const sortKey = (form: FormDef, r: InterchangeRecord) => `${String(r[form.dateField])}\u0000${JSON.stringify({ ...r, [REF_KEY]: undefined })}`

/**
 * Every record of a centre in a year, in the interchange format: each form's records of the year
 * (stays: every stay with a night in it, so a stay across New Year is in both years' files),
 * and the parent of every exported child even when that parent would not otherwise be in it.
 * Refs are `<form>-<n>`, numbered in a stable order, so exporting the same records twice gives
 * the same file and an export → import → export round trip reproduces it.
 */
export async function exportRecords(db: Db, centreId: string, year: number): Promise<InterchangeRecord[]> {
  const forms = formsInParentOrder()
  const byForm = new Map<FormDef, Map<string, StoredRecord>>(forms.map((f) => [f, new Map()]))
  // Children before parents, so a child can pull in its parent whatever the parent's dates.
  for (const form of [...forms].reverse()) {
    const records = byForm.get(form)!
    for (const r of await findRecords(db, form, centreId, { ids: await idsOfYear(db, form, centreId, year) })) records.set(r.id, r)
    const parentForm = form.parent ? formByKey(form.parent.form) : undefined
    const parents = parentForm && byForm.get(parentForm)
    if (!parentForm || !parents) continue
    const missing = [...new Set([...records.values()].flatMap((r) => (r.parentId && !parents.has(r.parentId) ? [r.parentId] : [])))]
    for (const p of await findRecords(db, parentForm, centreId, { ids: missing })) parents.set(p.id, p)
  }

  const refs = new Map<string, string>()
  const out: InterchangeRecord[] = []
  for (const form of forms) {
    const lines = [...byForm.get(form)!.values()].map((r) => {
      const line = toInterchange(form, r.values, '', r.parentId ? refs.get(r.parentId) : undefined)
      return { id: r.id, line, key: sortKey(form, line) }
    })
    lines.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    lines.forEach(({ id, line }, index) => {
      line[REF_KEY] = `${form.key}-${index + 1}`
      refs.set(id, line[REF_KEY])
      out.push(line)
    })
  }
  return out
}

export const writeInterchange = (records: readonly InterchangeRecord[], format: InterchangeFormat) => (format === 'csv' ? writeCsvRecords(records) : writeJsonLines(records))
