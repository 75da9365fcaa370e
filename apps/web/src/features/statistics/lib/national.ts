import type { NationalFigure } from '../api/get-dashboard'
import { formatCount, formatPercent, formatValue } from './format'
import type { IndicatorKind } from './catalog'

export const nationalFor = (national: readonly NationalFigure[], id: string) => national.find((f) => f.indicator === id)

/**
 * Who published a national figure, in words: the figures keep their source lines ("S0:26", the
 * domain's documents S0–S4, cited in docs/ and the catalog), but a reader is told the publisher.
 */
const publishers: Record<string, string> = {
  S0: 'Bufdir',
  S1: 'Sarpsborg krisesenter',
  S2: 'Bufdir',
  S3: 'Nordlandsforskning og KUN',
  S4: 'Bufdir',
}

/** "Bufdir" for "S0:26; S2:5": the publishers of the documents cited, each once. */
export function sourceInWords(source: string): string {
  const names = [...source.matchAll(/S[0-4]/g)].map((m) => publishers[m[0]]).filter((n): n is string => !!n)
  return [...new Set(names)].join(' og ')
}

/** "2 538 (kilde: Bufdir)": the national value in the indicator's terms, with who published it. */
export function nationalValue(figure: NationalFigure, kind: IndicatorKind): string | null {
  if (figure.value === undefined) return null
  const publisher = sourceInWords(figure.source)
  return `${formatValue(kind, figure.value)}${publisher ? ` (kilde: ${publisher})` : ''}`
}

/** "Nasjonalt 2021: 2 538 (kilde: Bufdir)" — the national value beside the centre's own, with its year. */
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
