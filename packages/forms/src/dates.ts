/** Calendar dates are Europe/Oslo dates written YYYY-MM-DD (decision 4). */
const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })

export const osloToday = (now: Date) => osloDate.format(now)

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** True for a real calendar date (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/**
 * The year a record's date field places it in. A form about a whole year (the centre's annual
 * form) has a year, not a date, as its date field: a whole number is taken as that year.
 */
export const yearOf = (isoDate: unknown): number | null => {
  if (typeof isoDate === 'number') return Number.isInteger(isoDate) && isoDate >= 1000 && isoDate <= 9999 ? isoDate : null
  return typeof isoDate === 'string' && ISO_DATE.test(isoDate) ? Number(isoDate.slice(0, 4)) : null
}

/** 2026-03-02 → 02.03.2026, the way Norwegian staff write dates. */
export const formatNorwegianDate = (isoDate: string) => isoDate.split('-').reverse().join('.')

/** 2.3.2026, 02.03.2026 or 2026-03-02 → 2026-03-02; null when it is not a date. */
export function parseNorwegianDate(input: string): string | null {
  const s = input.trim()
  let iso: string | null = null
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s)
  if (nb) iso = `${nb[3]}-${nb[2]!.padStart(2, '0')}-${nb[1]!.padStart(2, '0')}`
  else if (ISO_DATE.test(s)) iso = s
  return iso && isCalendarDate(iso) ? iso : null
}
