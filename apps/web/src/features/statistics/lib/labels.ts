import { findField, formByKey, optionLabel, type FieldDef, type OptionDef } from '@ly/forms'
import type { IndicatorInfo } from './catalog'

/** The form field an indicator describes, when the catalog names one. */
export function fieldOf(info: Pick<IndicatorInfo, 'form' | 'field'>): FieldDef | undefined {
  const form = info.form ? formByKey(info.form) : undefined
  return form && info.field ? findField(form, info.field) : undefined
}

const optionOf = (field: FieldDef | undefined, key: string): OptionDef | undefined => (field && 'options' in field ? field.options.find((o) => o.key === key) : undefined)

/**
 * Categories the statistics engine makes itself rather than a form option: yes/no shares, age
 * and year bands, "either" totals (R8). Their wording follows from the key's pattern, so no
 * list of labels is kept beside the form definitions.
 */
function derivedLabel(field: FieldDef | undefined, key: string): string | undefined {
  if (key === 'yes') return 'Ja'
  if (key === 'no') return 'Nei'
  if (key === 'this_year') return 'I år'
  if (key === 'last_year') return 'I fjor'
  const either = /^(.+)_either$/.exec(key)
  if (either?.[1] && optionOf(field, either[1])) return `${optionLabel(field!, either[1])} (av senteret eller andre)`
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^under_(\d+)$/, (m) => `Under ${m[1]}`],
    [/^(\d+)_plus$/, (m) => `${m[1]} og over`],
    [/^(\d+)_or_more$/, (m) => `${m[1]} eller flere`],
    [/^(\d+)_(\d+)_years$/, (m) => `${m[1]}–${m[2]} år siden`],
    [/^more_than_(\d+)_years$/, (m) => `Mer enn ${m[1]} år siden`],
    [/^(\d+)_(\d+)$/, (m) => `${m[1]}–${m[2]}`],
    [/^\d+$/, (m) => m[0]],
  ]
  for (const [pattern, label] of patterns) {
    const match = pattern.exec(key)
    if (match) return label(match)
  }
  return undefined
}

/**
 * A category's Norwegian label: the form's option label, else the catalog's words for a category
 * the engine makes itself (`words`, CatalogEntry.categories), else the engine's band, else the key.
 */
export function categoryLabel(field: FieldDef | undefined, key: string, words?: Readonly<Record<string, string>>): string {
  if (optionOf(field, key)) return optionLabel(field!, key)
  return words?.[key] ?? derivedLabel(field, key) ?? key
}

/**
 * Whether a category belongs in `year`'s figures. An option retired before the year (or not yet
 * introduced) is zero-filled by the engine; it is shown only if some old record still has it.
 */
export function isShownIn(field: FieldDef | undefined, key: string, year: number, count: number): boolean {
  const option = optionOf(field, key)
  if (!option || count > 0) return true
  return (option.since === undefined || year >= option.since) && (option.retiredFrom === undefined || year < option.retiredFrom)
}
