import type { NationalFigure } from '../api/get-dashboard'
import { formatCount, formatPercent, formatValue } from './format'
import type { IndicatorKind } from './catalog'

export const nationalFor = (national: readonly NationalFigure[], id: string) => national.find((f) => f.indicator === id)

/** "2 538 (kilde S0:26)": the national value in the indicator's terms, with its source lines. */
export function nationalValue(figure: NationalFigure, kind: IndicatorKind): string | null {
  if (figure.value === undefined) return null
  return `${formatValue(kind, figure.value)} (kilde ${figure.source})`
}

/** "Nasjonalt 2021: 2 538 (kilde S0:26)" — the national value beside the centre's own, with its year. */
export function nationalText(figure: NationalFigure, kind: IndicatorKind): string | null {
  const value = nationalValue(figure, kind)
  return value && `Nasjonalt ${figure.year}: ${value}`
}

/** A national category figure: a count for count indicators, otherwise a whole percentage. */
export function nationalCategory(figure: NationalFigure | undefined, key: string, kind: IndicatorKind): string | undefined {
  const value = figure?.categories?.[key]
  if (value === undefined) return undefined
  return kind === 'count' ? formatCount(value) : formatPercent(value)
}
