import type { FormDef, RecordValues } from '@ly/forms'
import type { Db } from '../db/database'
import { deleteRecord, findRecord, insertRecord, updateRecord } from '../db/records'
import { markChangedAfterLock } from '../db/year-locks'
import { assertRecordWritable } from '../year-lock/guard'

/**
 * The row writes of db/records.ts behind the year lock (year-lock/guard.ts): create, update and
 * delete refuse records of a locked year, a consent withdrawal excepted, which marks the years
 * changed after the lock. Every write of the records service passes through here — the API's,
 * the import's and the children synced with their adult — so the lock has one gate. Inside a
 * transaction; update and delete apply only to the version the caller saw (false otherwise).
 */
export async function insertRow(trx: Db, form: FormDef, centreId: string, userId: string | null, values: RecordValues, now: Date, parentId?: string) {
  await assertRecordWritable(trx, form, centreId, null, values)
  return insertRecord(trx, form, centreId, userId, values, now, parentId)
}

const storedValues = (trx: Db, form: FormDef, centreId: string, id: string) => async () => (await findRecord(trx, form, centreId, id))?.values ?? null

export async function updateRow(trx: Db, form: FormDef, centreId: string, id: string, version: number, userId: string, values: RecordValues, now: Date) {
  const changedLocked = await assertRecordWritable(trx, form, centreId, storedValues(trx, form, centreId, id), values)
  if (!(await updateRecord(trx, form, centreId, id, version, userId, values, now))) return false
  await markChangedAfterLock(trx, centreId, changedLocked, userId, now)
  return true
}

export async function deleteRow(trx: Db, form: FormDef, centreId: string, id: string, version: number) {
  await assertRecordWritable(trx, form, centreId, storedValues(trx, form, centreId, id), null)
  return deleteRecord(trx, form, centreId, id, version)
}
