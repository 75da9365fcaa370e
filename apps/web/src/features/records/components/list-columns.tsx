import { findField, formatNorwegianDate, listHeading, optionLabelIn, type FieldDef, type FormDef, type RecordValues } from '@ly/forms'
import type { ReactNode } from 'react'
import { offerLabels, yesNo } from '../lib/labels'
import { formatInteger } from '../lib/numbers'
import { EmptyCell } from './empty-cell'

/** One column of a record list: its heading and what a row shows in it. */
export interface RecordColumn<R> {
  header: string
  cell: (record: R) => ReactNode
}

interface Listed {
  values: RecordValues
}

/**
 * Labels of a centre's own option list (`centreOptions`), which the definition holds only the
 * defaults of: the call log's «Hvem ringte» names the centre's categories, retired ones too.
 */
export type CentreLabels = Partial<Record<string, (key: string) => string | null | undefined>>

/** The record's registration year, for an option's wording in that year (`formerLabels`). */
function yearOf(form: FormDef, values: RecordValues): number | null {
  const date = values[form.dateField]
  if (typeof date === 'number') return date
  return typeof date === 'string' ? Number(date.slice(0, 4)) : null
}

/** An option's label as the record's year said it; never its key (a key is not a word for people). */
function choiceText(form: FormDef, field: FieldDef, values: RecordValues, key: string, centreLabels: CentreLabels): string {
  const own = centreLabels[field.key]?.(key)
  if (own) return own
  const option = 'options' in field ? field.options.find((o) => o.key === key) : undefined
  if (!option) return 'Ukjent svar'
  const year = yearOf(form, values)
  return year === null ? option.label : optionLabelIn(option, year)
}

/** An answer in a list cell as staff read it, or null when it is not answered. */
function answerText(form: FormDef, field: FieldDef, values: RecordValues, centreLabels: CentreLabels): string | null {
  const value = values[field.key]
  if (value === null || value === undefined || value === '') return null
  switch (field.kind) {
    case 'boolean':
      return yesNo(value)
    case 'single':
      return typeof value === 'string' ? choiceText(form, field, values, value, centreLabels) : null
    case 'multi': // never a list field: the list query reads one column each (packages/forms' list-fields test)
      return null
    case 'integer':
      return typeof value === 'number' ? formatInteger(value) : null
    case 'date':
      return typeof value === 'string' ? formatNorwegianDate(value) : null
    case 'text':
    case 'case_code':
      return typeof value === 'string' ? value : null
  }
}

/**
 * The answer columns of a form's list, one per `listFields` entry in its order: headed by the
 * field's `listLabel` (or label), each answer in its option's words. A change of the definition's
 * list fields changes every table of the form without code here.
 */
export function listColumns<R extends Listed>(form: FormDef, centreLabels: CentreLabels = {}): RecordColumn<R>[] {
  return form.listFields.flatMap((key) => {
    const field = findField(form, key)
    // Every list field is a field of its form (packages/forms' list-fields test).
    if (!field) return []
    return [{ header: listHeading(field), cell: ({ values }: R) => answerText(form, field, values, centreLabels) ?? <EmptyCell /> }]
  })
}

/** The bare event's columns beside the answers: the offer, the consent and the case code. */
export const offerColumn: RecordColumn<Listed> = {
  header: 'Tilbud',
  cell: ({ values }) => (typeof values.offer === 'string' && values.offer in offerLabels ? offerLabels[values.offer as keyof typeof offerLabels] : <EmptyCell />),
}
export const consentColumn = (form: FormDef): RecordColumn<Listed> => ({
  header: 'Samtykke',
  cell: ({ values }) => (form.consentField ? yesNo(values[form.consentField]) : <EmptyCell />),
})
export const caseCodeColumn = (emptyText?: string): RecordColumn<Listed> => ({
  header: 'Saksnummer',
  cell: ({ values }) => (typeof values.case_code === 'string' ? values.case_code : <EmptyCell text={emptyText} />),
})
