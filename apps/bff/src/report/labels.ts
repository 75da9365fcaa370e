import { findField, formByKey, type FieldDef, type FormDef, type OptionDef } from '@ly/forms'

/** The form and field behind a `form.field` reference of a table spec. */
export function resolveField(ref: string): { form: FormDef; field: FieldDef } {
  const [formKey, fieldKey] = ref.split('.')
  const form = formKey ? formByKey(formKey) : undefined
  const field = form && fieldKey ? findField(form, fieldKey) : undefined
  if (!form || !field) throw new Error(`report: unknown field ${ref}`)
  return { form, field }
}

/** A row of a distribution: an answer option, yes/no, or a band of a number. */
export interface RowDef {
  key: string
  label: string
  /** The option's first and last registration year, when it has them. */
  since?: number
  retiredFrom?: number
}

/** Answer rows in the definition's order; "vet ikke"-like options are not rows (decision 6). */
export function optionRows(options: readonly Pick<OptionDef, 'key' | 'label' | 'unknown' | 'since' | 'retiredFrom'>[]): RowDef[] {
  return options
    .filter((o) => !o.unknown)
    .map((o) => ({ key: o.key, label: o.label, ...(o.since !== undefined && { since: o.since }), ...(o.retiredFrom !== undefined && { retiredFrom: o.retiredFrom }) }))
}

export const yesNoRows: RowDef[] = [
  { key: 'yes', label: 'Ja' },
  { key: 'no', label: 'Nei' },
]

/**
 * A band of a number, from the engine's category key: "18_29" → "18–29 år", "60_plus" → "60 år
 * og eldre", "under_30" → "Under 30 år", "3_or_more" → "3 eller flere opphold". The unit is the
 * field's own (`IntegerField.unit`), so no label is kept here by hand.
 */
export function bandLabel(key: string, unit: string | undefined): string {
  const u = unit ? ` ${unit}` : ''
  let m = /^(\d+)_(\d+)$/.exec(key)
  if (m) return `${m[1]}–${m[2]}${u}`
  m = /^(\d+)_(?:plus|or_more)$/.exec(key)
  if (m) return unit === 'år' ? `${m[1]} år og eldre` : `${m[1]} eller flere${u}`
  m = /^under_(\d+)$/.exec(key)
  if (m) return `Under ${m[1]}${u}`
  m = /^(\d+)_(\d+)_years$/.exec(key)
  if (m) return `${m[1]}–${m[2]} år siden`
  if (/^\d+$/.test(key)) return `${key}${u}`
  const words = key.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember']

export const monthName = (month: number) => MONTHS[month - 1] ?? String(month)
export const monthLabel = (month: number) => {
  const name = monthName(month)
  return name.charAt(0).toUpperCase() + name.slice(1)
}
