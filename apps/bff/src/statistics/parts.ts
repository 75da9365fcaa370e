import type { Indicator } from './types'

/**
 * What it takes to add an indicator of one centre to the same indicator of others (the national
 * figures are the sum of the centres', decision 0016). Counts, n, unknown, categories and months
 * add up as they stand; a figure that does not — a share, a mean, a median, a ratio — keeps its
 * ingredients here, beside the indicator rather than in the document: the document's shape is a
 * contract (docs/statistics.md), and these never leave the server.
 */
export interface Parts {
  /** A percentage: value = hits / base × 100. */
  share?: { hits: number; base: number }
  /** A mean: value = sum / count. */
  mean?: { sum: number; count: number }
  /** A median: every number it is the middle of. */
  values?: readonly number[]
  /** A ratio: value = numerator / denominator. */
  ratio?: { numerator: number; denominator: number }
  /** What the categories' percentages are of, when it is not n (null: they have none). */
  categoryBase?: number | null
}

const partsByIndicator = new WeakMap<Indicator, Parts>()

/** The indicator, with what merging it needs noted beside it. */
export function withParts(indicator: Indicator, parts: Parts): Indicator {
  partsByIndicator.set(indicator, { ...partsByIndicator.get(indicator), ...parts })
  return indicator
}

export const partsOf = (indicator: Indicator): Parts => partsByIndicator.get(indicator) ?? {}

/**
 * A distribution (or other breakdown) whose headline value is another indicator's (a share, a
 * mean): the breakdown's n and categories, the other's value and what merging that value needs.
 */
export function withValueOf(indicator: Indicator, valueFrom: Indicator): Indicator {
  const { share, mean, values, ratio } = partsOf(valueFrom)
  return withParts({ ...indicator, value: valueFrom.value }, { share, mean, values, ratio })
}

/** numerator / denominator (null when there is nothing to divide by). */
export const ratio = (numerator: number, denominator: number, n: number, unit: Indicator['unit']): Indicator =>
  withParts({ unit, n, value: denominator ? numerator / denominator : null }, { ratio: { numerator, denominator } })
