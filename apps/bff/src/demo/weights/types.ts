import {
  evaluateCondition,
  type BooleanField,
  type Condition,
  type ConditionOn,
  type ConditionOver,
  type FieldKey,
  type FieldsOf,
  type FormDef,
  type FormKey,
  type FormOf,
  type IntegerField,
  type MultiField,
  type OptionKeyOf,
  type RecordValues,
  type SingleField,
  type TextField,
} from '@ly/forms'

/**
 * How plausible answers are drawn. All figures are percentages, as the data dictionary (§4)
 * prints them, so a weight can be checked against its source line by eye.
 *
 * The weights are written against the definitions' types (issue 20, decision 0055): a form's own
 * weights are `FormWeights<F>` and the shared ones `SharedWeights<…>`, so a weight for a question
 * or an option the definition does not have — renamed, misspelt, of another question — fails to
 * compile instead of silently drawing nothing. The generator reads them through the plain
 * `FieldWeights` below: at run time it looks keys up by the definition's fields.
 */

/** When a weight applies: a form condition, or a predicate for what conditions cannot say (ages). */
export type When<C = Condition> = C | ((values: RecordValues) => boolean)

interface Base<C> {
  readonly when?: When<C>
  /** Percent of units that leave the question unanswered (default `DEFAULT_MISSING_PERCENT`). */
  readonly missing?: number
}

/**
 * Per option. Single choice: relative weights. Multiple choice: the share of units ticking each
 * option, independently; an exclusive option ("ingen") is the share ticking only it.
 */
export interface ChoiceWeight<C = Condition, O extends string = string> extends Base<C> {
  readonly options: { readonly [K in O]?: number }
}
/** Percent answering yes. */
export interface YesWeight<C = Condition> extends Base<C> {
  readonly yes: number
}
/** Whole numbers in bands [from, to, percent]; `yearsAgo`: bands count back from the record's year. */
export interface BandWeight<C = Condition> extends Base<C> {
  readonly bands: readonly (readonly [from: number, to: number, percent: number])[]
  readonly yearsAgo?: boolean
}
/** Harmless phrases for a free-text field, written in `percent` of the cases it is asked. */
export interface TextWeight<C = Condition> extends Base<C> {
  readonly texts: readonly string[]
  readonly percent: number
}

/** A weight as the generator reads it: any question, any option. */
export type FieldWeight = ChoiceWeight | YesWeight | BandWeight | TextWeight
export type FieldWeights = Readonly<Record<string, FieldWeight | readonly FieldWeight[] | undefined>>

/**
 * The weight a question may have, by its kind (`T` may be the same question on several forms:
 * then every one of them must be of that kind, and options are those all of them offer). Dates
 * and case codes have none: the plan sets them.
 */
type WeightOf<T, C> = [T] extends [SingleField | MultiField]
  ? ChoiceWeight<C, OptionInAll<T>>
  : [T] extends [BooleanField]
    ? YesWeight<C>
    : [T] extends [IntegerField]
      ? BandWeight<C>
      : [T] extends [TextField]
        ? TextWeight<C>
        : never

/** The options every one of the questions `T` offers (for one question: its options). */
type OptionInAll<T> = Exclude<OptionKeyOf<T>, MissingInSome<T, OptionKeyOf<T>>>
type MissingInSome<T, All> = T extends unknown ? Exclude<All, OptionKeyOf<T>> : never

type Weights<T, C> = WeightOf<T, C> | readonly WeightOf<T, C>[]

/** A form's own weights: only its questions, each with its kind of weight and its own options. */
export type FormWeights<F extends FormDef> = { readonly [T in FieldsOf<F> as T['key']]?: Weights<T, ConditionOn<F>> }

/** Question `Q` as form `K` declares it (never when K does not ask it). */
type QuestionIn<K extends FormKey, Q extends string> = K extends unknown ? Extract<FieldsOf<FormOf<K>>, { readonly key: Q }> : never

/**
 * The forms that draw question `Q` from the shared weights: those that ask it and list no weight
 * of their own for it (the generator's rule: the form's own weight first, then the shared one).
 */
type DrawingShared<Own, Q extends string> = {
  [K in FormKey]: Q extends FieldKey<K> ? (K extends keyof Own ? (Q extends keyof Own[K] ? never : K) : K) : never
}[FormKey]

/** Questions every form in `Ks` asks. */
type AskedByAll<Ks extends FormKey> = Exclude<FieldKey<Ks>, NotAskedBySome<Ks, FieldKey<Ks>>>
type NotAskedBySome<Ks extends FormKey, All> = Ks extends unknown ? Exclude<All, FieldKey<Ks>> : never

/**
 * A condition a shared weight may hold on: a question every drawing form asks, with options every
 * one of them offers — evaluated on each of those forms' records, it must mean the same on all.
 */
type SharedCondition<Ks extends FormKey> = ConditionOver<{ [Q in AskedByAll<Ks>]: SharedQuestion<QuestionIn<Ks, Q>> }[AskedByAll<Ks>]>

/** One question as several forms share it: its kind, and only the options all of them offer. */
type SharedQuestion<T> = [T] extends [SingleField | MultiField]
  ? { readonly key: Prop<T, 'key'>; readonly kind: Prop<T, 'kind'>; readonly label: string; readonly options: readonly { readonly key: OptionInAll<T>; readonly label: string }[] }
  : T
type Prop<T, P extends string> = T extends { readonly [K in P]: infer V } ? V : never

/**
 * The weights shared by every form that asks a question and lists none of its own (`Own`: the
 * forms' own weights). Sound over the registry: a shared weight is typed against exactly the
 * forms that draw it, so its options must be offered by all of them and its conditions asked by
 * all of them. A form that lists its own weight for a question is not held to the shared one.
 * (A form whose own weights for a question are all conditional falls back to the shared weight
 * when none applies; no form's weights do that, and the types do not follow it.)
 */
export type SharedWeights<Own> = {
  readonly [Q in FieldKey<FormKey> as [DrawingShared<Own, Q>] extends [never] ? never : Q]?: Weights<QuestionIn<DrawingShared<Own, Q>, Q>, SharedCondition<DrawingShared<Own, Q>>>
}

export const DEFAULT_MISSING_PERCENT = 2

const holds = (when: When | undefined, values: RecordValues) => when === undefined || (typeof when === 'function' ? when(values) : evaluateCondition(when, values))

/** The first weight that applies to the answers so far: the form's own, then the shared one. */
export function pickWeight(entry: FieldWeight | readonly FieldWeight[] | undefined, values: RecordValues): FieldWeight | undefined {
  if (entry === undefined) return undefined
  const list: readonly FieldWeight[] = Array.isArray(entry) ? entry : [entry as FieldWeight]
  return list.find((w) => holds(w.when, values))
}
