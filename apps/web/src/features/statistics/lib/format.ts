import type { IndicatorKind } from './catalog'

/**
 * Numbers as Norwegian readers expect them: spaces between thousands, a decimal comma, "−" for
 * minus and a space before "%". Screens show exact internal numbers (decision 8), so counts are
 * never rounded or suppressed here; shares, means and ratios get one or two decimals.
 */
const count = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 })
const twoDecimals = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 })
const percent = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1 })
const signedCount = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })
const signedPercent = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })

/** Shown where a figure cannot be computed (nobody answered, no earlier year). */
export const NO_VALUE = '–'

export const formatCount = (value: number) => count.format(value)
export const formatPercent = (value: number | null) => (value === null ? NO_VALUE : percent.format(value / 100))

/** An indicator's headline value in its own terms: a share in %, a mean or ratio with decimals. */
export function formatValue(kind: IndicatorKind, value: number | null): string {
  if (value === null) return NO_VALUE
  if (kind === 'share') return formatPercent(value)
  if (kind === 'mean' || kind === 'median') return oneDecimal.format(value)
  if (kind === 'ratio') return twoDecimals.format(value)
  return count.format(value)
}

/**
 * The change from last year: shares in percentage points (a change of a percentage in per cent
 * would be read wrongly), other figures as a difference and, where last year was not 0, in %.
 */
/** In place of a change when the same period a year earlier has no registrations of the figure's form. */
export const noRegistrations = (period: number | string) => `Ingen registreringer i ${period}`

export function formatChange(kind: IndicatorKind, current: number | null, previous: number | null): string {
  if (current === null || previous === null) return NO_VALUE
  const diff = current - previous
  if (kind === 'share') return `${signedCount.format(diff)} prosentpoeng`
  const absolute = kind === 'count' || kind === 'distribution' || kind === 'months' ? signedCount.format(Math.round(diff)) : signedCount.format(diff)
  return previous === 0 ? absolute : `${absolute} (${signedPercent.format(diff / previous)})`
}

const units: Record<string, string> = {
  persons: 'personer',
  adults: 'voksne',
  children: 'barn',
  visits: 'besøk',
  stays: 'opphold',
  child_stays: 'barneopphold',
  conversations: 'samtaler',
  calls: 'samtaler',
  nights: 'døgn',
  years: 'år',
}

/** What N counts ("personer", "besøk"); empty for units that are not counted things. */
export const unitLabel = (unit: string) => units[unit] ?? ''

/**
 * "N = 12 personer" — every percentage says what it is a share of (decision 6). For a mean,
 * median or ratio the unit is the value's (døgn, år), not N's, so N goes without it there.
 */
export function formatN(n: number, unit: string, kind: IndicatorKind): string {
  const label = kind === 'count' || kind === 'distribution' || kind === 'share' ? unitLabel(unit) : ''
  return `N = ${formatCount(n)}${label ? ` ${label}` : ''}`
}

export const monthNames = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const
export { monthShortNames } from '@/lib/months'
