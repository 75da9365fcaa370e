import { allFields, isEmptyValue, type FormDef, type RecordValues } from '@ly/forms'
import type { Db } from '../db/database'
import { lockedYears } from '../db/year-locks'
import { AppError } from '../errors'
import { affectedYears, lockedIn, type YearRange } from './affected-years'

const listYears = (years: readonly number[]) => (years.length === 1 ? String(years[0]) : `${years.slice(0, -1).join(', ')} og ${years[years.length - 1]}`)

/** 423 `year_locked`: the import catches it to report the line instead of failing the file. */
export class YearLockedError extends AppError {
  constructor(readonly years: readonly number[]) {
    const many = years.length > 1
    super(
      423,
      'year_locked',
      `${many ? 'Årene' : 'Året'} ${listYears(years)} er låst fordi statistikken er ferdigstilt. En leder må åpne ${many ? 'årene' : 'året'} igjen (Årslås) før registreringer fra ${listYears(years)} kan endres.`,
    )
  }
}

/** Refuses a write that touches a locked year of the centre. */
export async function assertYearsOpen(trx: Db, centreId: string, ranges: readonly YearRange[]): Promise<void> {
  const locked = await lockedYears(trx, centreId)
  if (locked.length === 0) return
  const hit = lockedIn(ranges, locked)
  if (hit.length > 0) throw new YearLockedError(hit)
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * A write that only takes answers away and leaves consent refused: a consent withdrawal (the
 * route's, or a child's stay following its adult's). Issue 18: withdrawing is a right, so it is
 * not refused in a locked year (decision 0022). Told by its shape, not by a flag, so no other
 * write can pass as one: every answer either stays as it was or becomes empty.
 */
export function isWithdrawal(form: FormDef, before: RecordValues, after: RecordValues): boolean {
  const consent = form.consentField
  if (!consent || after[consent] !== false) return false
  return allFields(form).every((f) => f.key === consent || same(before[f.key], after[f.key]) || isEmptyValue(after[f.key]))
}

/**
 * The hook of every record write (db/records.ts): create (`before` null), update, delete
 * (`after` null). `before` is loaded only when the centre has a locked year at all. Answers the
 * locked years a consent withdrawal changes (it is let through, and they are marked changed);
 * every other write to a locked year is refused.
 */
export async function assertRecordWritable(
  trx: Db,
  form: FormDef,
  centreId: string,
  before: (() => Promise<RecordValues | null>) | null,
  after: RecordValues | null,
): Promise<readonly number[]> {
  const locked = await lockedYears(trx, centreId)
  if (locked.length === 0) return []
  const previous = before ? await before() : null
  const hit = lockedIn(affectedYears(form, previous, after), locked)
  if (hit.length === 0) return []
  if (previous && after && isWithdrawal(form, previous, after)) return Object.keys(after).some((k) => !same(previous[k], after[k])) ? hit : []
  throw new YearLockedError(hit)
}
