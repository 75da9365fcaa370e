import type { Indicator } from '../api/get-dashboard'
import type { IndicatorInfo } from './catalog'
import { categoryLabel, fieldOf, isShownIn } from './labels'

export interface CategoryRow {
  key: string
  label: string
  count: number
  percent: number | null
}

/** An indicator's categories in the engine's order (the definition's), labelled from the form. */
export function categoryRows(info: IndicatorInfo, indicator: Indicator, year: number): CategoryRow[] {
  const field = fieldOf(info)
  return Object.entries(indicator.categories ?? {})
    .filter(([key, c]) => isShownIn(field, key, year, c.count))
    .map(([key, c]) => ({ key, label: categoryLabel(field, key, info.categories), count: c.count, percent: c.percent }))
}
