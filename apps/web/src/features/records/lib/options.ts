import { recordOptions, type FormDef, type MultiField, type SingleField } from '@ly/forms'

/** An option of a centre-editable list (`SingleField.centreOptions`), as the BFF hands it out. */
export interface CentreListOption {
  key: string
  label: string
  help?: string
  retired: boolean
}

/** A centre's own lists, keyed by field key; fields without one use the definition's options. */
export type CentreOptionLists = Readonly<Record<string, readonly CentreListOption[]>>

export interface ChoiceOption {
  key: string
  label: string
  help?: string
  exclusive: boolean
}

/**
 * The options a registration dated in `year` may choose, plus any it already holds: an older
 * record keeps showing a retired choice (marked), and the schema explains why it must change.
 */
export function choiceOptions(form: FormDef, field: SingleField | MultiField, year: number, chosen: readonly string[], centreList?: readonly CentreListOption[]): ChoiceOption[] {
  const unavailable = ` (ikke i bruk i ${year})`
  if (centreList) {
    // A centre retires an option from a day on, not from a registration year.
    return centreList
      .filter((o) => !o.retired || chosen.includes(o.key))
      .map((o) => ({ key: o.key, label: o.retired ? `${o.label} (ikke lenger i bruk)` : o.label, ...(o.help && { help: o.help }), exclusive: false }))
  }
  const active = new Set(recordOptions(form, field, year).map((o) => o.key))
  return field.options
    .filter((o) => active.has(o.key) || chosen.includes(o.key))
    .map((o) => ({ key: o.key, label: active.has(o.key) ? o.label : o.label + unavailable, ...(o.help && { help: o.help }), exclusive: o.exclusive === true }))
}

/** Long lists become a select; short ones radio buttons, which show every choice at once. */
export const SELECT_THRESHOLD = 10

export const rendersAsSelect = (field: SingleField, optionCount: number) => field.control === 'select' || (field.control !== 'radio' && optionCount > SELECT_THRESHOLD)

/** Ticking an exclusive option ("Ingen") clears the others, and ticking another clears it. */
export function toggleChoice(current: readonly string[], key: string, checked: boolean, options: readonly ChoiceOption[]): string[] {
  if (!checked) return current.filter((k) => k !== key)
  const exclusive = options.find((o) => o.key === key)?.exclusive ?? false
  if (exclusive) return [key]
  const exclusiveKeys = new Set(options.filter((o) => o.exclusive).map((o) => o.key))
  return [...current.filter((k) => !exclusiveKeys.has(k)), key]
}
