import { optionLabelIn, type FieldDef, type FormDef } from '../define-form'

function fieldInYear(field: FieldDef, year: number): FieldDef {
  if (!('options' in field) || !field.options.some((o) => o.formerLabels)) return field
  return { ...field, options: field.options.map((o) => (o.formerLabels ? { ...o, label: optionLabelIn(o, year) } : o)) }
}

/**
 * The definition as it was asked in a registration year: every renamed option in that year's
 * wording (`OptionDef.formerLabels`). Keys, skip logic and validation are unchanged, so the form
 * renderer and the report can show an old year exactly as the centre answered it.
 */
export function formInYear<F extends FormDef>(form: F, year: number): F {
  return { ...form, sections: form.sections.map((s) => ({ ...s, fields: s.fields.map((f) => fieldInYear(f, year)) })) }
}
