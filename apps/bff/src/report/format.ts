/**
 * Norwegian number formatting, by hand so every output (server, CLI, browser) prints the same:
 * a non-breaking space between thousands, a decimal comma, a space before "%".
 */
const NBSP = '\u00a0'

export function formatNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals)
  const [whole = '0', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`
}

/** Whole percent, as in the national statistics (R6). */
export const formatPercent = (percent: number) => `${formatNumber(Math.round(percent))}${NBSP}%`

/** Means and ratios: one decimal. */
export const formatMeasure = (value: number) => formatNumber(value, 1)

/** Percentage points between two shares, signed: "+4", "−3". */
export const formatPoints = (points: number) => `${points > 0 ? '+' : points < 0 ? '−' : '±'}${formatNumber(Math.abs(Math.round(points)))}`
