import { evaluateCondition, type Condition, type RecordValues } from '@ly/forms'

/**
 * How plausible answers are drawn. All figures are percentages, as the data dictionary (§4)
 * prints them, so a weight can be checked against its source line by eye.
 */

/** When a weight applies: a form condition, or a predicate for what conditions cannot say (ages). */
export type When = Condition | ((values: RecordValues) => boolean)

interface Base {
  readonly when?: When
  /** Percent of units that leave the question unanswered (default `DEFAULT_MISSING_PERCENT`). */
  readonly missing?: number
}

/**
 * Per option. Single choice: relative weights. Multiple choice: the share of units ticking each
 * option, independently; an exclusive option ("ingen") is the share ticking only it.
 */
export interface ChoiceWeight extends Base {
  readonly options: Readonly<Record<string, number>>
}
/** Percent answering yes. */
export interface YesWeight extends Base {
  readonly yes: number
}
/** Whole numbers in bands [from, to, percent]; `yearsAgo`: bands count back from the record's year. */
export interface BandWeight extends Base {
  readonly bands: readonly (readonly [from: number, to: number, percent: number])[]
  readonly yearsAgo?: boolean
}
/** Harmless phrases for a free-text field, written in `percent` of the cases it is asked. */
export interface TextWeight extends Base {
  readonly texts: readonly string[]
  readonly percent: number
}

export type FieldWeight = ChoiceWeight | YesWeight | BandWeight | TextWeight
export type FieldWeights = Readonly<Record<string, FieldWeight | readonly FieldWeight[]>>

export const DEFAULT_MISSING_PERCENT = 2

const holds = (when: When | undefined, values: RecordValues) => when === undefined || (typeof when === 'function' ? when(values) : evaluateCondition(when, values))

/** The first weight that applies to the answers so far: the form's own, then the shared one. */
export function pickWeight(entry: FieldWeight | readonly FieldWeight[] | undefined, values: RecordValues): FieldWeight | undefined {
  if (entry === undefined) return undefined
  const list: readonly FieldWeight[] = Array.isArray(entry) ? entry : [entry as FieldWeight]
  return list.find((w) => holds(w.when, values))
}
