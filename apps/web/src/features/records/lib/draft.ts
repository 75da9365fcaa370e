import { allFields, formatNorwegianDate, isCalendarDate, isFieldActive, parseNorwegianDate, type FieldDef, type FormDef, type RecordValues } from '@ly/forms'
import { formatInteger, parseNorwegianNumber } from './numbers'

/**
 * What the form holds while someone types: text exactly as typed (dates as dd.mm.åååå,
 * numbers with a comma), choices as option keys, booleans as "true"/"false"/"unknown".
 * `draftToRecord` turns it into the record shape the shared zod schema judges, so a
 * half-typed date is kept on screen and refused with the schema's own message.
 */
export type DraftValue = string | string[]
export type Draft = Record<string, DraftValue>

/** The "Vet ikke" answer of a yes/no question; stored as null like an unanswered one. */
export const UNKNOWN = 'unknown'

export const emptyDraftValue = (field: FieldDef): DraftValue => (field.kind === 'multi' ? [] : '')

export const isEmptyDraftValue = (value: DraftValue | undefined) => value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '')

/** A yes/no question offers "Vet ikke" unless an answer is required or it is a confirmation. */
export const offersUnknown = (field: FieldDef) => field.kind === 'boolean' && !field.required && !('confirmation' in field && field.confirmation)

function toDraftValue(field: FieldDef, value: unknown): DraftValue {
  switch (field.kind) {
    case 'boolean':
      return value === true ? 'true' : value === false ? 'false' : ''
    case 'multi':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
    case 'integer':
      return typeof value === 'number' ? formatInteger(value) : ''
    case 'date':
      return typeof value === 'string' ? (isCalendarDate(value) ? formatNorwegianDate(value) : value) : ''
    case 'single':
    case 'text':
    case 'case_code':
      return typeof value === 'string' ? value : ''
  }
}

function fromDraftValue(field: FieldDef, draft: DraftValue | undefined): unknown {
  const text = typeof draft === 'string' ? draft : ''
  switch (field.kind) {
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : null
    case 'multi':
      return Array.isArray(draft) ? draft : []
    case 'integer':
      return parseNorwegianNumber(text)
    case 'date':
      return text.trim() === '' ? null : (parseNorwegianDate(text) ?? text)
    case 'single':
    case 'text':
    case 'case_code':
      return text.trim() === '' ? null : text
  }
}

export interface ToDraftOptions {
  /**
   * The values are a saved record: an unanswered yes/no question that was asked is shown as
   * "Vet ikke", since that is what null means once a record has been saved.
   */
  saved?: boolean
}

export function recordToDraft(form: FormDef, values: RecordValues, { saved = false }: ToDraftOptions = {}): Draft {
  return Object.fromEntries(
    allFields(form).map((field) => {
      const draft = toDraftValue(field, values[field.key])
      const unknown = saved && draft === '' && offersUnknown(field) && isFieldActive(form, field, values)
      return [field.key, unknown ? UNKNOWN : draft]
    }),
  )
}

export function draftToRecord(form: FormDef, draft: Draft): RecordValues {
  return Object.fromEntries(allFields(form).map((field) => [field.key, fromDraftValue(field, draft[field.key])]))
}

/** One field's saved value as the form shows it (used when pre-filling from an earlier record). */
export const fieldToDraft = toDraftValue
