import { allFields, forms, isEmptyValue, yearOf, type FieldDef, type FormDef, type FormKey, type RecordValues } from '@ly/forms'
import type { Db } from './database'
import { findRecords, type StoredRecord } from './records'

const hasCaseCode = (form: FormDef) => allFields(form).some((field) => field.kind === 'case_code')

/**
 * The forms in which one person's case code is seen (issue 16): an adult's day visits, phone
 * conversations and stays share a code; a child's stays have the child's own codes.
 */
export const formsOfThePerson = (form: FormDef): FormDef[] =>
  (Object.values(forms) as FormDef[]).filter((other) => hasCaseCode(other) && Boolean(other.parent) === Boolean(form.parent))

/** What Ly knows of a case code when a form is being filled in with it. */
export interface CaseHistory {
  /** The person's most recent registration in any of their forms. */
  lastSeen: { form: FormKey; date: string }
  /** Each of the form's carried-over answers, from the most recent registration that has it. */
  values: RecordValues
  /**
   * Forms that count persons: the date of an earlier consenting registration of this form in the
   * year of the given date (then this one is not the first in the year), or null (it is).
   */
  earlierInYear?: string | null
}

/** A value another form stored that this field can take as it is. */
function fits(field: FieldDef, value: unknown): boolean {
  if (isEmptyValue(value)) return false
  switch (field.kind) {
    case 'single':
      // A centre's own list may hold options beyond the defaults; the save checks them.
      return typeof value === 'string' && (field.centreOptions !== undefined || field.options.some((o) => o.key === value))
    case 'multi':
      return Array.isArray(value) && value.every((key) => field.options.some((o) => o.key === key))
    case 'boolean':
      return typeof value === 'boolean'
    case 'integer':
      return typeof value === 'number'
    case 'date':
    case 'text':
    case 'case_code':
      return typeof value === 'string'
  }
}

interface Seen {
  form: FormDef
  record: StoredRecord
  date: string
}

/**
 * The case code's registrations across the person's forms, newest first, as one history: the
 * carried-over answers each from the newest registration that has one (a sparse latest visit
 * does not hide what an earlier one said), and whether `at.date` would be the first in its year.
 * `at.excludeId` leaves out the record being edited. Undefined when Ly has never seen the code.
 */
export async function findCaseHistory(db: Db, form: FormDef, centreId: string, caseCode: string, at: { date?: string; excludeId?: string } = {}): Promise<CaseHistory | undefined> {
  const seen: Seen[] = []
  for (const other of formsOfThePerson(form)) {
    for (const record of await findRecords(db, other, centreId, { caseCode })) {
      if (record.id !== at.excludeId) seen.push({ form: other, record, date: String(record.values[other.dateField]) })
    }
  }
  if (seen.length === 0) return undefined
  seen.sort((a, b) => b.date.localeCompare(a.date) || b.record.createdAt.localeCompare(a.record.createdAt))
  const values: RecordValues = {}
  for (const field of allFields(form)) {
    if (!field.carryOver) continue
    const from = seen.find(({ record }) => fits(field, record.values[field.key]))
    if (from) values[field.key] = from.record.values[field.key]
  }
  const history: CaseHistory = { lastSeen: { form: seen[0]!.form.key as FormKey, date: seen[0]!.date }, values }
  const year = at.date ? yearOf(at.date) : null
  if (form.firstInYearField && year !== null) {
    // As the statistics count persons (statistics/persons.ts): the code's earliest consenting
    // registration of the form in the year is the person's first.
    const consent = form.consentField
    const earliest = seen
      .filter((s) => s.form === form && yearOf(s.date) === year && (!consent || s.record.values[consent] === true))
      .map((s) => s.date)
      .sort()[0]
    history.earlierInYear = earliest !== undefined && at.date && earliest <= at.date ? earliest : null
  }
  return history
}
