import { activeOptions, allFields, optionLabelIn, type FormDef } from '../define-form'
import { yearOf } from '../dates'
import { clearInactive, isEmptyValue, type RecordValues } from './visibility'

/** An answer of the earlier year that the later year's form no longer offers. */
export interface DroppedOption {
  field: string
  fieldLabel: string
  option: string
  /** In the earlier year's wording: what the user remembers ticking. */
  label: string
}

/**
 * An earlier year's answers as a start for `year` (the annual centre form starts from last
 * year's): the date field set to the new year, options that are retired by then dropped and
 * listed, answers whose question no longer applies cleared. A renamed option keeps its key, so
 * it carries over and simply reads in the new wording.
 */
export function carryForward(form: FormDef, values: RecordValues, year: number): { values: RecordValues; dropped: DroppedOption[] } {
  const fromYear = yearOf(values[form.dateField]) ?? year
  const out: RecordValues = { ...values, [form.dateField]: year }
  const dropped: DroppedOption[] = []
  for (const field of allFields(form)) {
    if ((field.kind !== 'single' && field.kind !== 'multi') || isEmptyValue(out[field.key])) continue
    const active = new Set(activeOptions(field, year).map((o) => o.key))
    const chosen = (Array.isArray(out[field.key]) ? out[field.key] : [out[field.key]]) as string[]
    const kept = chosen.filter((key) => active.has(key))
    for (const key of chosen.filter((k) => !active.has(k))) {
      const option = field.options.find((o) => o.key === key)
      dropped.push({ field: field.key, fieldLabel: field.label, option: key, label: option ? optionLabelIn(option, fromYear) : key })
    }
    out[field.key] = field.kind === 'multi' ? kept : (kept[0] ?? null)
  }
  return { values: clearInactive(form, out), dropped }
}
