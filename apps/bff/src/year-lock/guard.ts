import type { FormDef, RecordValues } from '@ly/forms'
import type { Db } from '../db/database'
import { lockedYears } from '../db/year-locks'
import { AppError } from '../errors'
import { affectedYears, lockedIn, type YearRange } from './affected-years'

const listYears = (years: readonly number[]) =>
  years.length === 1 ? String(years[0]) : `${years.slice(0, -1).join(', ')} og ${years[years.length - 1]}`

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

/**
 * The hook of every record write (db/records.ts): create (`before` null), update, delete
 * (`after` null). `before` is loaded only when the centre has a locked year at all.
 */
export async function assertRecordWritable(
  trx: Db,
  form: FormDef,
  centreId: string,
  before: (() => Promise<RecordValues | null>) | null,
  after: RecordValues | null,
): Promise<void> {
  const locked = await lockedYears(trx, centreId)
  if (locked.length === 0) return
  const hit = lockedIn(affectedYears(form, before ? await before() : null, after), locked)
  if (hit.length > 0) throw new YearLockedError(hit)
}
