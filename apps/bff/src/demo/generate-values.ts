import {
  activeOptions,
  emptyValue,
  isFieldActive,
  type FieldDef,
  type FormDef,
  type IntegerField,
  type MultiField,
  type OptionDef,
  type RecordValues,
  type SingleField,
} from '@ly/forms'
import type { Random } from './random'
import { answerWeights } from './weights/answers'
import { DEFAULT_MISSING_PERCENT, pickWeight, type BandWeight, type ChoiceWeight, type FieldWeight } from './weights/types'

/** What the plan already knows about a record; everything else is drawn from the weights. */
export interface RecordContext {
  /** Answers fixed by the plan: dates, consent, case code, first in year, inherited and stable answers. */
  facts: RecordValues
  /** The record's registration year (options by year, year questions). */
  year: number
  /** An open stay: its check-out questions are not answered yet. */
  open: boolean
}

/**
 * One record's answers, walking the form's fields in order exactly as a person filling it in
 * would: a question is answered only when skip logic and consent make it active given the
 * answers so far, so the result is what `clearInactive` would keep.
 */
export function generateValues(form: FormDef, ctx: RecordContext, rng: Random): RecordValues {
  const values: RecordValues = {}
  for (const section of form.sections) {
    const waiting = ctx.open && section.phase === 'check_out'
    for (const field of section.fields) {
      const known = Object.hasOwn(ctx.facts, field.key)
      if (!isFieldActive(form, field, values) || (waiting && !known)) values[field.key] = emptyValue(field)
      else values[field.key] = known ? ctx.facts[field.key] : answer(form, field, values, ctx.year, rng)
    }
  }
  return values
}

function weightOf(form: FormDef, field: FieldDef, values: RecordValues): FieldWeight | undefined {
  return pickWeight(answerWeights.byForm[form.key]?.[field.key], values) ?? pickWeight(answerWeights.common[field.key], values)
}

function answer(form: FormDef, field: FieldDef, values: RecordValues, year: number, rng: Random): unknown {
  const weight = weightOf(form, field, values)
  if (field.kind === 'boolean' && field.confirmation) return true
  if (field.kind === 'text') return weight && 'texts' in weight && rng.percent(weight.percent) ? rng.weighted(weight.texts, () => 1) : null
  // C2: any question may be left unanswered ("not known"), unless the form requires it.
  if (!field.required && field.kind !== 'case_code' && field.kind !== 'date' && rng.percent(weight?.missing ?? DEFAULT_MISSING_PERCENT)) return emptyValue(field)
  switch (field.kind) {
    case 'boolean':
      return rng.percent(weight && 'yes' in weight ? weight.yes : 50)
    case 'single':
      return single(field, weight && 'options' in weight ? weight : undefined, year, rng)
    case 'multi':
      return multi(field, weight && 'options' in weight ? weight : undefined, year, rng)
    case 'integer':
      return integer(field, weight && 'bands' in weight ? weight : undefined, year, rng)
    case 'date':
    case 'case_code':
      // Dates and codes come from the plan; a date field it does not know stays empty.
      return null
  }
}

/** An option the weights do not list gets 2 % of the listed total: a new option shows up, rarely. */
function optionWeight(weights: ChoiceWeight | undefined, option: OptionDef): number {
  if (!weights) return 1
  return weights.options[option.key] ?? UNLISTED_SHARE * Object.values(weights.options).reduce((a: number, b) => a + (b ?? 0), 0)
}
const UNLISTED_SHARE = 0.02

function single(field: SingleField, weights: ChoiceWeight | undefined, year: number, rng: Random): string | null {
  const options = activeOptions(field, year)
  return options.length ? rng.weighted(options, (o) => optionWeight(weights, o)).key : null
}

function multi(field: MultiField, weights: ChoiceWeight | undefined, year: number, rng: Random): string[] {
  const options = activeOptions(field, year)
  const exclusive = options.filter((o) => o.exclusive)
  const others = options.filter((o) => !o.exclusive)
  // Uniform fallback: an exclusive option as often as any one option, each other option about 1 in 3.
  const exclusivePercent = (o: OptionDef) => (weights ? (weights.options[o.key] ?? 0) : 100 / options.length)
  for (const o of exclusive) if (rng.percent(exclusivePercent(o))) return [o.key]
  // The listed shares are of all units; among those who ticked no exclusive option they are higher.
  const rest = 100 - exclusive.reduce((sum, o) => sum + exclusivePercent(o), 0)
  const share = (o: OptionDef) => (weights ? Math.min(98, (optionWeight(weights, o) / Math.max(rest, 1)) * 100) : 35)
  const chosen = others.filter((o) => rng.percent(share(o)))
  if (chosen.length === 0 && others.length > 0) chosen.push(rng.weighted(others, (o) => optionWeight(weights, o)))
  return chosen.map((o) => o.key)
}

function integer(field: IntegerField, weights: BandWeight | undefined, year: number, rng: Random): number {
  const max = field.max === 'current_year' ? year : field.max
  const clamp = (n: number) => Math.min(max, Math.max(field.min, n))
  if (!weights) {
    // Counts are mostly small; a year is mostly recent.
    return field.max === 'current_year' ? clamp(year - rng.geometric(3, 30) + 1) : clamp(field.min + rng.geometric(2, 20) - 1)
  }
  const toValue = (n: number) => (weights.yearsAgo ? year - n : n)
  const bands = weights.bands
    .map(([from, to, percent]) => {
      const [lo, hi] = [toValue(weights.yearsAgo ? to : from), toValue(weights.yearsAgo ? from : to)]
      return [Math.max(lo, field.min), Math.min(hi, max), percent] as const
    })
    .filter(([lo, hi]) => lo <= hi)
  if (bands.length === 0) return clamp(field.min)
  const [lo, hi] = rng.weighted(bands, (b) => b[2])
  return rng.int(lo, hi)
}

/** A whole number from bands alone (no field): e.g. how many children come with an adult. */
export function drawBand(rng: Random, weight: BandWeight): number {
  const [lo, hi] = rng.weighted(weight.bands, (b) => b[2])
  return rng.int(lo, hi)
}
