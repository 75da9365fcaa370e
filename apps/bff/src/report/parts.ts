import type { Indicator } from '../statistics/types'
import { sourceId } from './data'
import type { Part, Source } from './spec/types'

export const partKey = (part: Part): string => {
  if (typeof part === 'string') return part
  if ('category' in part) return `c:${part.category}`
  if ('month' in part) return `m:${part.month}`
  return `rest:${part.rest.join('+')}`
}

/** `R-01@2026:c:female`; `at` is the column's period (`2026`, or `2026-T2` in a tertial's report). */
export const factOf = (source: Source, at: string | number, part: Part) => `${sourceId(source)}@${at}:${partKey(part)}`

/** One number of an indicator; undefined when the indicator does not have it. */
export function partValue(ind: Indicator, part: Part): number | null | undefined {
  if (part === 'value') return ind.value
  if (part === 'n') return ind.n
  if ('category' in part) return ind.categories?.[part.category]?.count
  if ('month' in part) return ind.months?.[String(part.month)]
  if (ind.value === null || !ind.categories) return undefined
  let rest = ind.value
  for (const key of part.rest) {
    const c = ind.categories[key]?.count
    if (c === undefined) return undefined
    rest -= c
  }
  return rest
}
