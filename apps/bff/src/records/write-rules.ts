import type { FormDef, RecordValues } from '@ly/forms'
import type { Db } from '../db/database'
import type { StoredRecord } from '../db/records'
import { checkOneAYear } from './centre-year'
import { checkAdultStay, checkChildStay } from './stay-rules'

/** What a rule across records sees of the write it judges. */
export interface WriteContext {
  trx: Db
  centreId: string
  /** null while the record is being created. */
  id: string | null
  /** The cleared values about to be stored. */
  values: RecordValues
  /** The record this one belongs to, already checked (null on forms without a parent). */
  parent: StoredRecord | null
  /** Today in Europe/Oslo. */
  today: string
}

/**
 * The rules across records, by form, that the records service runs inside the write
 * transaction of every create and change — from the API and the import alike, so an imported
 * record is never held to laxer rules than one typed in. A rule throws to refuse (an
 * `AppError`, with field issues where it can name the field).
 */
const writeRules: Readonly<Record<string, (ctx: WriteContext) => Promise<void>>> = {
  adult_stay: checkAdultStay,
  child_stay: checkChildStay,
  centre_year: checkOneAYear,
}

export const checkWriteRules = async (form: FormDef, ctx: WriteContext): Promise<void> => {
  await writeRules[form.key]?.(ctx)
}
