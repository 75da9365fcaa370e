import { createHash } from 'node:crypto'
import { osloToday } from '@ly/forms'
import { recordAudit } from '../db/audit'
import type { Db } from '../db/database'
import { AppError } from '../errors'
import { insertImported } from '../records/service'
import { YearLockedError } from '../year-lock/guard'
import { readCsvRecords } from './csv-records'
import { formsInParentOrder } from './format'
import { byLine, type LineIssue } from './issues'
import { readJsonLines } from './jsonl'
import { validateLines, type PlannedRecord } from './validate'

export type InterchangeFormat = 'jsonl' | 'csv'

export interface ImportInput {
  centreId: string
  text: string
  format: InterchangeFormat
  now: Date
  /** Who imported: null from the command line, where there is no signed-in user. */
  actorUserId?: string | null
  /** Import a file this centre has imported before (`--again`): its records are then there twice. */
  again?: boolean
}

export type ImportResult = { ok: true; counts: Record<string, number> } | { ok: false; issues: LineIssue[] }

/** Carries the issues out of the transaction, so it rolls back and nothing is written. */
class Refused extends Error {
  constructor(readonly issues: LineIssue[]) {
    super('import refused')
  }
}

/**
 * The file's fingerprint, kept as the target of its import's audit event. A file's records have
 * no identity that survives the import (`ref` only links lines), so importing the same file a
 * second time — a command run twice — would count every registration twice. The fingerprint
 * lets the second run be refused; a one-way hash of the whole file tells nothing of its lines.
 */
const fingerprintOf = (text: string) => createHash('sha256').update(text).digest('hex')

export const readInterchange = (text: string, format: InterchangeFormat) => (format === 'csv' ? readCsvRecords(text) : readJsonLines(text))

/**
 * Imports a whole file into one centre, all or nothing: every line is validated as the API
 * validates a registration, in one transaction with the inserts and one audit event; when any
 * line has an issue the transaction is rolled back and nothing is written. Validating inside
 * the transaction lets the rules that read the centre's records see what the inserts join.
 * Imported records have no `created_by`: no user of this installation registered them.
 */
export async function importRecords(db: Db, input: ImportInput): Promise<ImportResult> {
  const read = readInterchange(input.text, input.format)
  if (read.lines.length === 0 && read.issues.length === 0) return { ok: false, issues: [{ line: 1, message: 'Filen inneholder ingen registreringer.' }] }
  try {
    const fingerprint = fingerprintOf(input.text)
    const counts = await db.transaction().execute(async (trx) => {
      if (!input.again) {
        const earlier = await trx
          .selectFrom('audit_events')
          .select('at')
          .where('centre_id', '=', input.centreId)
          .where('action', '=', 'records.imported')
          .where('target_id', '=', fingerprint)
          .orderBy('at', 'desc')
          .executeTakeFirst()
        if (earlier) {
          const message = `Denne filen ble lest inn i senteret ${osloToday(new Date(earlier.at))}. En gang til ville telle hver registrering to ganger. Er det meningen, legg til --again.`
          throw new Refused([{ line: 1, message }])
        }
      }
      const today = osloToday(input.now)
      const validated = await validateLines(trx, { centreId: input.centreId, today }, read.lines)
      const { counts, issues } = await insertAll(trx, input, today, validated.records)
      const all = [...read.issues, ...validated.issues, ...issues]
      if (all.length > 0) throw new Refused(all.sort(byLine))
      // Counts per form only: the audit trail never holds answers.
      await recordAudit(
        trx,
        { centreId: input.centreId, actorUserId: input.actorUserId ?? null, action: 'records.imported', targetKind: 'import', targetId: fingerprint, details: counts },
        input.now,
      )
      return counts
    })
    return { ok: true, counts }
  } catch (err) {
    if (err instanceof Refused) return { ok: false, issues: err.issues }
    throw err
  }
}

/**
 * Parents first, so a child's row can name its parent's new id. Each record goes through the
 * records service's insert (its rules across records and the year lock, as a create from the
 * API); a refused record is not inserted (nor are its children), the others go on so that one
 * run reports every line, and the caller rolls back.
 */
async function insertAll(trx: Db, input: ImportInput, today: string, records: readonly PlannedRecord[]) {
  const ids = new Map<PlannedRecord, string>()
  const counts: Record<string, number> = {}
  const issues: LineIssue[] = []
  for (const form of formsInParentOrder()) {
    for (const record of records.filter((r) => r.form === form)) {
      const parentId = record.parent ? ids.get(record.parent) : undefined
      // A child whose parent line was refused is not checked further: the parent's issues say why.
      if (form.parent && parentId === undefined) continue
      try {
        ids.set(record, await insertImported(trx, form, { centreId: input.centreId, now: input.now, today, values: record.values, parentId }))
      } catch (err) {
        // A finalised year takes no history either; the line says so, the others go on.
        if (err instanceof YearLockedError) issues.push({ line: record.line, path: form.dateField, message: err.message })
        else if (err instanceof AppError && err.issues) issues.push(...err.issues.map((i) => ({ line: record.line, path: i.path, message: i.message })))
        else throw err
        continue
      }
      counts[form.key] = (counts[form.key] ?? 0) + 1
    }
  }
  return { counts, issues }
}
