import { checkCentreOptions, clearInactive, emptyRecord, formByKey, hasValidCheckCharacter, type FormDef, type RecordValues } from '@ly/forms'
import { recordAudit } from '../db/audit'
import { loadCentreOptionLists } from '../db/centre-options'
import type { Db } from '../db/database'
import { eraseTraces } from '../db/erase'
import { caseCodeInUse, findRecord, insertedRecord, type StoredRecord } from '../db/records'
import { AppError, notFound } from '../errors'
import { validationFailed } from '../validation'
import { checkParent, deleteChildren, isCheckOut, refuseInheritedWithdrawal, syncChildren } from './children'
import { refuseUnconfirmedRecordNames } from './likely-names'
import { checkWriteRules } from './write-rules'
import { deleteRow, insertRow, updateRow } from './writes'

/**
 * The records service: saving, changing, withdrawing consent from and deleting a record of any
 * form, with every rule of the domain a write must pass — the definition's skip logic and the
 * centre's own option lists, the case code's check character, the parent and what a child
 * inherits from it, the rules across records (write-rules.ts), the year lock (writes.ts), the
 * children that follow their adult, and the audit entry — in one transaction, so a refusal or a
 * failure anywhere leaves nothing written. The statistics version moves with the rows (database
 * triggers), in the same transaction.
 *
 * Callers hand it values the form's record schema has parsed (the routes at the boundary, the
 * import per line) and answer with what it returns; the routes add only HTTP.
 */

/** Who writes, in which centre, and when. */
export interface Writer {
  centreId: string
  userId: string
  now: Date
  /** Oslo's date of `now`. */
  today: string
}

// Worded without the unit's gender: "besøket", but "samtalen".
const conflict = () => new AppError(409, 'conflict', 'Registreringen er endret av noen andre siden du åpnet den. Last inn på nytt for å se endringene før du lagrer.')

/** A record of the centre, or 404 (a record of another centre is not there either). */
export async function readRecord(db: Db, form: FormDef, centreId: string, id: string): Promise<StoredRecord> {
  const record = await findRecord(db, form, centreId, id)
  if (!record) throw notFound('Fant ikke registreringen. Den kan være slettet.')
  return record
}

/** Decision 3: a code Ly has not seen must carry a valid check character. */
async function checkCaseCode(trx: Db, centreId: string, values: RecordValues) {
  const code = values.case_code
  if (typeof code !== 'string') return
  if (!hasValidCheckCharacter(code) && !(await caseCodeInUse(trx, centreId, code))) {
    throw validationFailed([{ path: 'case_code', message: 'Saksnummeret finnes ikke fra før, og kontrolltegnet stemmer ikke. Sjekk at det er skrevet riktig, eller lag et nytt.' }])
  }
}

/**
 * Options a centre edits itself (caller categories) are checked against that centre's list,
 * in the same transaction as the write. A record keeps a retired option it already held.
 */
async function checkCentreLists(trx: Db, form: FormDef, centreId: string, values: RecordValues, previous?: RecordValues) {
  const issues = checkCentreOptions(form, values, await loadCentreOptionLists(trx, centreId, form), previous)
  if (issues.length > 0) throw validationFailed(issues)
}

export interface NewRecord {
  /** Parsed by the form's record schema; answers skip logic hides are cleared here. */
  values: RecordValues
  /** The record this one belongs to (a child's stay: the adult's stay), on forms with a parent. */
  parentId?: string | undefined
  /** The worker saw the likely-name warning and kept the texts (decision 0022). */
  confirmLikelyName?: boolean | undefined
}

/** Saves a new record; answers it as a read would. Audited `record.created` (consent only, no answers). */
export async function createRecord(db: Db, form: FormDef, writer: Writer, input: NewRecord): Promise<StoredRecord> {
  const values = clearInactive(form, input.values)
  refuseUnconfirmedRecordNames(form, values, input.confirmLikelyName)
  const { centreId, userId, now } = writer
  return db.transaction().execute(async (trx) => {
    await checkCaseCode(trx, centreId, values)
    await checkCentreLists(trx, form, centreId, values)
    const parent = await checkParent(trx, form, centreId, input.parentId, values)
    await checkWriteRules(form, { trx, centreId, id: null, values, parent, today: writer.today })
    const id = await insertRow(trx, form, centreId, userId, values, now, parent?.id)
    const consent = form.consentField ? { details: { consent: values[form.consentField] === true } } : {}
    await recordAudit(trx, { centreId, actorUserId: userId, action: 'record.created', targetKind: form.key, targetId: id, ...consent }, now)
    return insertedRecord(form, id, values, now, parent?.id)
  })
}

export interface Change {
  /** The version the worker saw: a record changed since is refused (409 `conflict`). */
  version: number
  values: RecordValues
  confirmLikelyName?: boolean | undefined
}

/**
 * Changes a record's answers; its children take the inherited ones again in the same
 * transaction. Audited `record.updated`, or `record.checked_out` when it gives a stay its end,
 * with the changed fields' names only — the audit trail never holds the answers.
 */
export async function changeRecord(db: Db, form: FormDef, writer: Writer, id: string, change: Change): Promise<StoredRecord> {
  const values = clearInactive(form, change.values)
  const { centreId, userId, now } = writer
  const before = await readRecord(db, form, centreId, id)
  if (before.version !== change.version) throw conflict()
  refuseUnconfirmedRecordNames(form, values, change.confirmLikelyName, before.values)
  const changed = Object.keys(values).filter((k) => JSON.stringify(values[k]) !== JSON.stringify(before.values[k]))
  await db.transaction().execute(async (trx) => {
    await checkCaseCode(trx, centreId, values)
    await checkCentreLists(trx, form, centreId, values, before.values)
    const parent = await checkParent(trx, form, centreId, before.parentId, values)
    await checkWriteRules(form, { trx, centreId, id, values, parent, today: writer.today })
    if (!(await updateRow(trx, form, centreId, id, change.version, userId, values, now))) throw conflict()
    await syncChildren(trx, form, id, values, { centreId, userId, now })
    const action = isCheckOut(form, before.values, values) ? 'record.checked_out' : 'record.updated'
    await recordAudit(trx, { centreId, actorUserId: userId, action, targetKind: form.key, targetId: id, details: { fields: changed } }, now)
  })
  return readRecord(db, form, centreId, id)
}

const bareOf = (form: FormDef, values: RecordValues): RecordValues =>
  Object.fromEntries(
    form.sections
      .flatMap((s) => s.fields)
      .filter((f) => f.bare)
      .map((f) => [f.key, values[f.key]]),
  )

/**
 * Withdraws consent: the bare event (kind, offer, dates, case code) stays, every answer goes —
 * the children's too, in the same transaction (decision 1) — and the old answers are wiped from
 * the database's log afterwards. Allowed in a locked year (decision 0022). A record whose
 * consent follows its parent withdraws on the parent (409 `consent_inherited`).
 */
export async function withdrawConsent(db: Db, form: FormDef, writer: Writer, id: string, version: number): Promise<StoredRecord> {
  const consentField = form.consentField
  // A form without a consent question (the call log) has nothing to withdraw.
  if (!consentField) throw notFound('Skjemaet har ikke spørsmål om samtykke.')
  refuseInheritedWithdrawal(form)
  const { centreId, userId, now } = writer
  const before = await readRecord(db, form, centreId, id)
  if (before.version !== version) throw conflict()
  const values = clearInactive(form, { ...emptyRecord(form), ...bareOf(form, before.values), [consentField]: false })
  await db.transaction().execute(async (trx) => {
    if (!(await updateRow(trx, form, centreId, id, version, userId, values, now))) throw conflict()
    await recordAudit(trx, { centreId, actorUserId: userId, action: 'record.consent_withdrawn', targetKind: form.key, targetId: id }, now)
    await syncChildren(trx, form, id, values, { centreId, userId, now })
  })
  await eraseTraces(db)
  return readRecord(db, form, centreId, id)
}

/**
 * Deletes a record. One with children needs `cascade` (409 `has_children` without it); they go
 * first, each audited, in the same transaction. The old answers are wiped from the log afterwards.
 */
export async function deleteRecordOf(
  db: Db,
  form: FormDef,
  writer: Writer,
  id: string,
  { version, cascade = false }: { version: number; cascade?: boolean | undefined },
): Promise<void> {
  const { centreId, userId, now } = writer
  const before = await readRecord(db, form, centreId, id)
  if (before.version !== version) throw conflict()
  await db.transaction().execute(async (trx) => {
    await deleteChildren(trx, form, id, cascade, { centreId, userId, now })
    if (!(await deleteRow(trx, form, centreId, id, version))) throw conflict()
    await recordAudit(trx, { centreId, actorUserId: userId, action: 'record.deleted', targetKind: form.key, targetId: id }, now)
  })
  await eraseTraces(db)
}

/** An imported record: no user of this installation registered it. */
export interface ImportedRecord {
  centreId: string
  now: Date
  today: string
  values: RecordValues
  /** The parent's new id, already inserted in this transaction. */
  parentId?: string | undefined
}

/**
 * The import's insert, inside its one transaction (interchange/import.ts): the same rules
 * across records and the same year lock as a create, so an imported record is never held to
 * laxer rules than one typed in. What differs is history's: the line was validated against the
 * history schema and the centre's lists already (interchange/validate.ts, which also checks what
 * a child inherits), a case code from before Ly needs no check character, and the import is
 * audited once for the whole file. Throws as a create would; the import turns that into the
 * line's issues.
 */
export async function insertImported(trx: Db, form: FormDef, record: ImportedRecord): Promise<string> {
  const { centreId, values, parentId } = record
  const parentForm = form.parent ? formByKey(form.parent.form) : undefined
  const parent = parentForm && parentId !== undefined ? ((await findRecord(trx, parentForm, centreId, parentId)) ?? null) : null
  await checkWriteRules(form, { trx, centreId, id: null, values, parent, today: record.today })
  return insertRow(trx, form, centreId, null, values, record.now, parentId)
}
