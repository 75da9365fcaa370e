import { median, percent } from './aggregate'
import { partsOf, withParts, type Parts } from './parts'
import type { CategoryCount, Indicator, StatsDocument } from './types'

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/**
 * One indicator over several centres from each centre's own (decision 0016). Counts, n, unknown,
 * categories and months add up; a share, mean, median or ratio is worked out again from its
 * added-up parts, with the same arithmetic as for one centre — so the result is the very number
 * the indicator would have over all the centres' records at once (statistics/merge.test.ts).
 */
export function mergeIndicators(indicators: readonly Indicator[]): Indicator {
  const first = indicators[0]
  if (!first) throw new Error('Nothing to merge')
  const parts = indicators.map(partsOf)
  const n = total(indicators.map((i) => i.n))
  const merged: Indicator = { unit: first.unit, n, value: null }
  const mergedParts: Parts = {}
  const p0 = parts[0]!
  if (p0.share) {
    const share = { hits: total(parts.map((p) => p.share!.hits)), base: total(parts.map((p) => p.share!.base)) }
    merged.value = percent(share.hits, share.base)
    mergedParts.share = share
  } else if (p0.mean) {
    const mean = { sum: total(parts.map((p) => p.mean!.sum)), count: total(parts.map((p) => p.mean!.count)) }
    merged.value = mean.count ? mean.sum / mean.count : null
    mergedParts.mean = mean
  } else if (p0.values) {
    const values = parts.flatMap((p) => p.values!)
    merged.value = median(values)
    mergedParts.values = values
  } else if (p0.ratio) {
    const ratio = { numerator: total(parts.map((p) => p.ratio!.numerator)), denominator: total(parts.map((p) => p.ratio!.denominator)) }
    merged.value = ratio.denominator ? ratio.numerator / ratio.denominator : null
    mergedParts.ratio = ratio
  } else {
    merged.value = total(indicators.map((i) => i.value ?? 0))
  }
  if (indicators.some((i) => i.unknown !== undefined)) merged.unknown = total(indicators.map((i) => i.unknown ?? 0))
  if (indicators.some((i) => i.categories)) {
    let base: number | null = n
    if ('categoryBase' in p0) {
      base = p0.categoryBase === null ? null : total(parts.map((p) => p.categoryBase ?? 0))
      mergedParts.categoryBase = base
    }
    merged.categories = mergeCategories(
      indicators.map((i) => i.categories ?? {}),
      base,
    )
  }
  if (indicators.some((i) => i.months)) merged.months = addUp(indicators.map((i) => i.months ?? {}))
  return withParts(merged, mergedParts)
}

/**
 * Every centre's categories, in the first centre's order, then any a later centre adds (its
 * local ones). Plain loops: this runs for every category of every indicator of every centre.
 */
function mergeCategories(all: readonly Record<string, CategoryCount>[], base: number | null): Record<string, CategoryCount> {
  const counts: Record<string, number> = {}
  for (const categories of all) for (const k in categories) counts[k] = (counts[k] ?? 0) + categories[k]!.count
  const merged: Record<string, CategoryCount> = {}
  for (const k in counts) merged[k] = { count: counts[k]!, percent: base === null ? null : percent(counts[k]!, base) }
  return merged
}

function addUp(all: readonly Record<string, number>[]): Record<string, number> {
  const sums: Record<string, number> = {}
  for (const one of all) for (const k in one) sums[k] = (sums[k] ?? 0) + one[k]!
  return sums
}

/** The statistics of several centres as one document: the national figures when they are all. */
export function mergeDocuments(docs: readonly StatsDocument[], head: Pick<StatsDocument, 'year' | 'centre' | 'offer' | 'period'>): StatsDocument {
  const ids = Object.keys(docs[0]?.indicators ?? {})
  return { ...head, period: head.period ?? docs[0]?.period, indicators: Object.fromEntries(ids.map((id) => [id, mergeIndicators(docs.map((d) => d.indicators[id]!))])) }
}
