import {
  findField,
  threatAssessmentOptions,
  type ChoiceFieldKeyOf,
  type ChoiceFieldKeyWith,
  type FieldKeyOf,
  type FieldKeyOfKind,
  type FormDef,
  type OptionDef,
  type OptionKeyIn,
} from '@ly/forms'
import type { LoadedRecord } from './load'
import { partsOf, withParts } from './parts'
import type { CategoryCount, Indicator, Unit } from './types'

/** Percent of n, unrounded; null when nobody answered (never a misleading 0 %). */
export const percent = (count: number, n: number) => (n > 0 ? (count / n) * 100 : null)

export const count = (records: readonly unknown[], unit: Unit): Indicator => ({ unit, n: records.length, value: records.length })

const isUnknownOption = (option: OptionDef | undefined) => option?.unknown === true

/*
 * Every helper that names a question or an option takes the form first and is generic over it
 * (F extends FormDef): for a definition from the registry the keys are its literal ones, so a
 * misspelt or renamed field or option fails to compile (issue 20, decision 0055); for a form
 * typed only as `FormDef` (breakdowns of any field) they are plain strings. The form is not read
 * at run time by the record predicates: the types are the whole of its use there.
 */

/**
 * The distribution of one field over a population, every category zero-filled in the
 * definition's order. Unknown answers ("vet ikke", unanswered) are counted apart and excluded
 * from n (decision 6). For multiple choice a unit counts once per ticked option, so the shares
 * may add up to more than 100 %. `value` is n, the number of units that answered.
 */
export function distribution<F extends FormDef>(form: F, records: readonly LoadedRecord[], fieldKey: ChoiceFieldKeyOf<F>, unit: Unit): Indicator {
  const field = findField(form, fieldKey)
  if (!field || !('options' in field)) throw new Error(`${form.key}.${fieldKey} is not a choice field`)
  const unknownKeys = unknownOptionKeys(field)
  const counts = new Map<string, number>(field.options.filter((o) => !o.unknown).map((o) => [o.key, 0]))
  let n = 0
  let unknown = 0
  // One pass without per-record arrays: this runs for every distribution over every unit.
  for (const r of records) {
    const raw = r.values[fieldKey]
    let known = false
    if (Array.isArray(raw)) {
      for (const k of raw as string[]) {
        if (unknownKeys.has(k)) continue
        known = true
        counts.set(k, (counts.get(k) ?? 0) + 1)
      }
    } else if (raw !== null && raw !== undefined && !unknownKeys.has(raw as string)) {
      known = true
      counts.set(raw as string, (counts.get(raw as string) ?? 0) + 1)
    }
    if (known) n++
    else unknown++
  }
  return { unit, n, value: n, unknown, categories: categoriesOf(counts, n) }
}

const unknownKeysByField = new WeakMap<object, ReadonlySet<string>>()

/** The keys of a field's "unknown" options ("vet ikke"), which count apart from n. */
function unknownOptionKeys(field: { readonly options: readonly OptionDef[] }): ReadonlySet<string> {
  let keys = unknownKeysByField.get(field)
  if (!keys) unknownKeysByField.set(field, (keys = new Set(field.options.filter(isUnknownOption).map((o) => o.key))))
  return keys
}

export function categoriesOf(counts: Map<string, number>, n: number): Record<string, CategoryCount> {
  return Object.fromEntries([...counts].map(([k, c]) => [k, { count: c, percent: percent(c, n) }]))
}

/** `yes` of `n` records as a share with its yes/no categories (D-05, LY-01). */
export const yesNoShare = (yes: number, n: number): Indicator =>
  withParts(
    {
      unit: 'percent',
      n,
      value: percent(yes, n),
      categories: categoriesOf(
        new Map([
          ['yes', yes],
          ['no', n - yes],
        ]),
        n,
      ),
    },
    { share: { hits: yes, base: n } },
  )

/** A yes/no field as a share of those who answered. */
export function booleanShare<F extends FormDef>(_form: F, records: readonly LoadedRecord[], fieldKey: FieldKeyOfKind<F, 'boolean'>, unit: Unit): Indicator {
  let yes = 0
  let n = 0
  for (const r of records) {
    const v = r.values[fieldKey]
    if (v === true || v === false) {
      n++
      if (v) yes++
    }
  }
  return withParts(
    {
      unit,
      n,
      value: percent(yes, n),
      unknown: records.length - n,
      categories: categoriesOf(
        new Map([
          ['yes', yes],
          ['no', n - yes],
        ]),
        n,
      ),
    },
    { share: { hits: yes, base: n } },
  )
}

/**
 * The share of units for which `test` holds, among units where `answered` holds (by default:
 * the field has a known answer).
 */
export function shareWhere(records: readonly LoadedRecord[], test: (r: LoadedRecord) => boolean, answered: (r: LoadedRecord) => boolean, unit: Unit): Indicator {
  const base = records.filter(answered)
  const hits = base.filter(test).length
  return withParts({ unit, n: base.length, value: percent(hits, base.length), unknown: records.length - base.length }, { share: { hits, base: base.length } })
}

const hasAnyOf = (fieldKey: string, keys: readonly string[]) => (r: LoadedRecord) => {
  const v = r.values[fieldKey]
  return Array.isArray(v) ? keys.some((k) => v.includes(k)) : keys.includes(v as string)
}

const isAnsweredAt = (fieldKey: string) => (r: LoadedRecord) => {
  const v = r.values[fieldKey]
  return Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined
}

/** Units whose answer to a choice question is (or, multiple choice, includes) one of `keys`. */
export const hasAny = <F extends FormDef, K extends ChoiceFieldKeyOf<F>>(_form: F, fieldKey: K, keys: readonly OptionKeyIn<F, K>[]) => hasAnyOf(fieldKey, keys)

/** Units that answered the question (ticked anything, for multiple choice). */
export const isAnswered = <F extends FormDef>(_form: F, fieldKey: FieldKeyOf<F>) => isAnsweredAt(fieldKey)

/** Units with a known answer to a single choice other than `keys` («Vet ikke», say): a share's base. */
export function answeredOtherThan<F extends FormDef, K extends ChoiceFieldKeyOf<F>>(_form: F, fieldKey: K, keys: readonly OptionKeyIn<F, K>[]) {
  const answered = isAnsweredAt(fieldKey)
  const excluded = hasAnyOf(fieldKey, keys)
  return (r: LoadedRecord) => answered(r) && !excluded(r)
}

/** Units that answered yes to a yes/no question. */
export const isYes =
  <F extends FormDef>(_form: F, fieldKey: FieldKeyOfKind<F, 'boolean'>) =>
  (r: LoadedRecord) =>
    r.values[fieldKey] === true

export function numbers<F extends FormDef>(_form: F, records: readonly LoadedRecord[], fieldKey: FieldKeyOfKind<F, 'integer'>): number[] {
  return records.map((r) => r.values[fieldKey]).filter((v): v is number => typeof v === 'number')
}

const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

export const mean = (xs: readonly number[]) => (xs.length ? sumOf(xs) / xs.length : null)

/** What merging a mean over `values` with other centres' needs. */
const meanParts = (values: readonly number[]) => ({ mean: { sum: sumOf(values), count: values.length } })

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Numbers grouped into labelled bands ([from, to] inclusive; to = Infinity for "and over"). */
export function bands(values: readonly number[], missing: number, unit: Unit, defs: readonly (readonly [key: string, from: number, to: number])[]): Indicator {
  const counts = new Map(defs.map(([k]) => [k, 0] as [string, number]))
  for (const v of values) {
    const band = defs.find(([, from, to]) => v >= from && v <= to)
    if (band) counts.set(band[0], counts.get(band[0])! + 1)
  }
  return withParts({ unit, n: values.length, value: mean(values), unknown: missing, categories: categoriesOf(counts, values.length) }, meanParts(values))
}

/** Units per calendar month of a date field ("1".."12"), every month present. */
export function monthly<F extends FormDef>(_form: F, records: readonly LoadedRecord[], dateField: FieldKeyOfKind<F, 'date'>, year: number, unit: Unit): Indicator {
  const months: Record<string, number> = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [String(i + 1), 0]))
  let n = 0
  for (const r of records) {
    const d = r.values[dateField]
    if (typeof d === 'string' && d.startsWith(`${year}-`)) {
      months[String(Number(d.slice(5, 7)))]!++
      n++
    }
  }
  return { unit, n, value: n, months }
}

/** Among units that answered a multiple choice, the share that ticked anything but "none". */
export function anyShare<F extends FormDef>(_form: F, records: readonly LoadedRecord[], fieldKey: ChoiceFieldKeyWith<F, 'none'>): Indicator {
  const answered = isAnsweredAt(fieldKey)
  const none = hasAnyOf(fieldKey, ['none'])
  return shareWhere(records, (r) => answered(r) && !none(r), answered, 'persons')
}

/** The threat-assessment options rule R8 counts (the value set): a question given to `withThreatAssessmentEither` offers them all. */
type ThreatAssessmentKey = (typeof threatAssessmentOptions)[number]['key']
const threatAssessmentKeys: readonly ThreatAssessmentKey[] = threatAssessmentOptions.map((o) => o.key)

/**
 * R8: threat assessment "by the centre or by others" counts a unit once however many of the two
 * were ticked (total = centre + others − both), added as the category `threat_assessment_either`.
 */
export function withThreatAssessmentEither<F extends FormDef>(
  _form: F,
  indicator: Indicator,
  records: readonly LoadedRecord[],
  fieldKey: ChoiceFieldKeyWith<F, ThreatAssessmentKey>,
): Indicator {
  const either = records.filter(hasAnyOf(fieldKey, threatAssessmentKeys)).length
  return withParts(
    { ...indicator, categories: { ...indicator.categories, threat_assessment_either: { count: either, percent: percent(either, indicator.n) } } },
    partsOf(indicator),
  )
}

/** A mean (value) over numbers, with n and the units lacking a number. */
export const meanOf = (values: readonly number[], population: number, unit: Unit): Indicator =>
  withParts({ unit, n: values.length, value: mean(values), unknown: population - values.length }, meanParts(values))

export const medianOf = (values: readonly number[], population: number, unit: Unit): Indicator =>
  withParts({ unit, n: values.length, value: median(values), unknown: population - values.length }, { values })
