import { allFields, forms, osloToday, type FormDef, type RegisteredForm } from '@ly/forms'
import { recordAudit } from '../db/audit'
import type { Db } from '../db/database'

import { getSecuritySettings } from '../db/security-settings'
import { hasNightInYear } from '../statistics/nights'
import { asOfFor } from '../statistics/stays'

/** Forms whose records may carry a case code (decision 3). */
const codeForms = () => Object.values(forms).filter((f) => allFields(f).some((x) => x.kind === 'case_code'))

/** `date` moved back whole months, the day clamped to the month's length (31 May − 3 → 28 Feb). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) - months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

interface Row {
  id: string
  code: string
  start: string
  end: string | null
  createdAt: string
  consent: boolean
  /** The first-in-year answer given with the code (decision 0037): «nei» leaves the code's count to another record. */
  answer: unknown
}

export interface RetentionResult {
  centreId: string
  /** Case codes removed, and the records they were removed from. */
  codes: number
  records: number
}

/**
 * Removes the case codes a centre has not used for `retentionMonths` (no record with the code is
 * dated, or ends, or is still open, after the cutoff) from all their records, in one transaction.
 * The statistics stay the same: a person is counted by the code's first record in the year while
 * the code is there, and by the record's first-in-year answer once it is gone — so that answer is
 * first set to what the code said (decision 3; proven in case-codes.test.ts). Only consenting
 * records get it: a bare event holds no answers (decision 1). Year locks do not stop this:
 * removing a code changes no figure, and privacy outranks the lock (docs/decisions/0007-year-lock.md).
 */
export async function removeUnusedCaseCodes(db: Db, centreId: string, now: Date): Promise<RetentionResult> {
  const { retentionMonths } = await getSecuritySettings(db, centreId)
  const today = osloToday(now)
  const cutoff = monthsBefore(today, retentionMonths)
  return db.transaction().execute(async (trx) => {
    const rowsByForm = new Map<RegisteredForm, Row[]>()
    const inUse = new Set<string>()
    for (const form of codeForms()) {
      const end = 'endDateField' in form ? form.endDateField : undefined
      const consentField = 'consentField' in form ? form.consentField : undefined
      const first = 'firstInYearField' in form ? form.firstInYearField : undefined
      const rows = await trx
        .selectFrom(form.table)
        .select(['id', 'case_code', 'created_at', form.dateField, ...(end ? [end] : []), ...(consentField ? [consentField] : []), ...(first ? [first] : [])])
        .where('centre_id', '=', centreId)
        .where('case_code', 'is not', null)
        .execute()
      const list = rows.map((r) => ({
        id: String(r.id),
        code: String(r.case_code),
        start: String(r[form.dateField]),
        end: end && r[end] !== null ? String(r[end]) : null,
        createdAt: String(r.created_at),
        consent: consentField ? r[consentField] === 1 : true,
        answer: first ? r[first] : null,
      }))
      for (const r of list) if (r.start >= cutoff || (end && (r.end === null || r.end >= cutoff))) inUse.add(r.code)
      rowsByForm.set(form, list)
    }

    const removed = new Set<string>()
    let records = 0
    for (const [form, list] of rowsByForm) {
      const byCode = new Map<string, Row[]>()
      for (const r of list) if (!inUse.has(r.code)) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r])
      for (const r of [...byCode.values()].flat()) {
        const first = 'firstInYearField' in form ? form.firstInYearField : undefined
        const flag = first && r.consent ? { [first]: isFirstInYear(form, r, byCode.get(r.code)!, today) ? 'yes' : 'no' } : {}
        await trx
          .updateTable(form.table)
          .set((eb) => ({ case_code: null, ...flag, version: eb('version', '+', 1), updated_at: now.toISOString() }))
          .where('centre_id', '=', centreId)
          .where('id', '=', r.id)
          .execute()
        removed.add(r.code)
        records++
      }
    }
    // Counts only: the codes themselves are gone and must not live on in the trail.
    if (records > 0) {
      await recordAudit(
        trx,
        { centreId, actorUserId: null, action: 'retention.case_codes_removed', targetKind: 'case_code', details: { codes: removed.size, records, months: retentionMonths } },
        now,
      )
    }
    return { centreId, codes: removed.size, records }
  })
}

/**
 * What the statistics derive from the code for this record's year (statistics/persons.ts): it is
 * the first of the code's consenting records of the year, by date and then creation. A stay
 * belongs to a year by its nights in it, as in statistics/stays.ts; a stay begun earlier and
 * running into the year comes first.
 */
function isFirstInYear(form: FormDef, record: Row, sameCode: readonly Row[], today: string): boolean {
  const year = Number(record.start.slice(0, 4))
  const asOf = asOfFor(year, today)
  const inYear = (r: Row) => (form.endDateField ? hasNightInYear({ start: r.start, end: r.end }, year, asOf) : r.start.startsWith(`${year}-`))
  const before = (a: Row, b: Row) => a.start < b.start || (a.start === b.start && a.createdAt < b.createdAt)
  // Answered «nei», the record is not the first, and leaves the count to the code's next one.
  if (record.answer === 'no') return false
  return !sameCode.some((r) => r.id !== record.id && r.consent && r.answer !== 'no' && inYear(r) && before(r, record))
}

/** Every centre, one after the other (the scheduler and `pnpm ly retention`). */
export async function runRetention(db: Db, now: Date): Promise<RetentionResult[]> {
  const centres = await db.selectFrom('centres').select('id').orderBy('id').execute()
  const results: RetentionResult[] = []
  for (const c of centres) results.push(await removeUnusedCaseCodes(db, c.id, now))
  return results
}
