import type { BreakdownQuery } from '../api/get-breakdown'
import { allFields, formByKey, forms, type FieldDef, type FormDef, type MultiField, type SingleField } from '@ly/forms'

export type ChoiceField = SingleField | MultiField

/** Every registration form, in the registry's order. */
export const breakdownForms = Object.values(forms) as readonly FormDef[]

/** The questions with answer options: the ones the BFF can break down and break down by. */
export const choiceFields = (form: FormDef): ChoiceField[] => allFields(form).filter((f: FieldDef): f is ChoiceField => f.kind === 'single' || f.kind === 'multi')

/** Persons can only be counted on forms that know a person's first record in the year. */
export const countsPersons = (form: FormDef) => form.firstInYearField !== undefined

export type BreakdownChoice = Pick<BreakdownQuery, 'form' | 'field' | 'by' | 'population'>

/**
 * Where a new choice of form starts: its first question with options that is asked of the person
 * (not the offer or another part of the bare event), counted as persons where the form can.
 */
export function startOf(formKey: string): BreakdownChoice {
  const form = formByKey(formKey)!
  const fields = choiceFields(form)
  const field = fields.find((f) => !f.bare) ?? fields[0]
  return { form: formKey, field: field?.key ?? '', by: '', population: countsPersons(form) ? 'persons' : 'events' }
}
