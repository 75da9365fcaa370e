import { addDays } from './nights'

/**
 * A period statistics are counted for (decision 0026): whole Europe/Oslo calendar days, the
 * half-open window [from, to) — `to` is the first day after the period. A period lies inside
 * one calendar year, so monthly series stay "1".."12" of that year and "first in the year"
 * answers keep their meaning.
 */
export interface Period {
  from: string
  to: string
}

/** The period as the statistics document shows it: `to` is the last day included. */
export interface PeriodRange {
  from: string
  to: string
}

export class PeriodError extends Error {}

const yearStart = (year: number) => `${year}-01-01`

export const yearPeriod = (year: number): Period => ({ from: yearStart(year), to: yearStart(year + 1) })

export const yearOfPeriod = (period: Period) => Number(period.from.slice(0, 4))

export const isWholeYear = (period: Period) => period.from.endsWith('-01-01') && period.to === yearStart(yearOfPeriod(period) + 1)

/** The period's days as shown: from and the last day included. */
export const periodRange = (period: Period): PeriodRange => ({ from: period.from, to: addDays(period.to, -1) })

const monthStart = (year: number, month: number) => (month > 12 ? yearStart(year + 1) : `${year}-${String(month).padStart(2, '0')}-01`)

const months = (year: number, first: number, count: number): Period => ({ from: monthStart(year, first), to: monthStart(year, first + count) })

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date ÅÅÅÅ-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === value
}

const checkYear = (year: number) => {
  if (year < 1990 || year > 2100) throw new PeriodError('Året må være mellom 1990 og 2100.')
}

/**
 * From the first to the last day, both included. Refused with a Norwegian message naming what
 * is wrong: not a date, the end before the start, or across New Year.
 */
export function rangePeriod(from: string, to: string): Period {
  if (!isCalendarDate(from)) throw new PeriodError(`Fra-datoen «${from}» er ikke en dato på formen ÅÅÅÅ-MM-DD.`)
  if (!isCalendarDate(to)) throw new PeriodError(`Til-datoen «${to}» er ikke en dato på formen ÅÅÅÅ-MM-DD.`)
  if (to < from) throw new PeriodError('Til-datoen kan ikke være før fra-datoen.')
  if (from.slice(0, 4) !== to.slice(0, 4)) throw new PeriodError('Perioden må ligge innenfor ett kalenderår (del den ved nyttår).')
  checkYear(Number(from.slice(0, 4)))
  return { from, to: addDays(to, 1) }
}

/**
 * A named period: `2026` (the year), `2026-T2` (tertial: T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec),
 * `2026-Q3` (quarter), `2026-05` (month) or `2026-ytd` (1 January up to and including `today`,
 * the whole year once it is over).
 */
export function parsePeriod(spec: string, today: string): Period {
  const m = /^(\d{4})(?:-(T[1-3]|Q[1-4]|\d{2}|ytd))?$/i.exec(spec.trim())
  if (!m) throw new PeriodError(`Ukjent periode «${spec}»: bruk for eksempel 2026, 2026-T2, 2026-Q3, 2026-05 eller 2026-ytd.`)
  const year = Number(m[1])
  checkYear(year)
  const part = m[2]?.toUpperCase()
  if (!part) return yearPeriod(year)
  if (part.startsWith('T')) return months(year, (Number(part.slice(1)) - 1) * 4 + 1, 4)
  if (part.startsWith('Q')) return months(year, (Number(part.slice(1)) - 1) * 3 + 1, 3)
  if (part === 'YTD') {
    if (today < yearStart(year)) throw new PeriodError(`Året ${year} har ikke begynt ennå.`)
    const end = addDays(today, 1)
    return { from: yearStart(year), to: end < yearStart(year + 1) ? end : yearStart(year + 1) }
  }
  const month = Number(part)
  if (month < 1 || month > 12) throw new PeriodError(`Måneden i «${spec}» må være 01–12.`)
  return months(year, month, 1)
}

/**
 * The same days in another year: the trend's points and «samme periode i fjor». 29 February
 * becomes 28 February in a year without it; a period that runs to New Year still does.
 */
export function samePeriodIn(period: Period, year: number): Period {
  const shift = (date: string) => {
    const d = `${year}${date.slice(4)}`
    return isCalendarDate(d) ? d : addDays(`${d.slice(0, 8)}01`, 27)
  }
  return { from: shift(period.from), to: period.to.endsWith('-01-01') ? yearStart(year + 1) : shift(period.to) }
}

/** The same days a year earlier («samme periode i fjor»); 29 February becomes 28 February. */
export const samePeriodLastYear = (period: Period): Period => samePeriodIn(period, yearOfPeriod(period) - 1)

const MONTH_NAMES = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember']

const norwegianDate = (date: string) => `${Number(date.slice(8, 10))}. ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`

/** The period in words for titles and captions: «2. tertial 2026», «mai 2026», «1. januar–14. oktober 2026». */
export function periodLabel(period: Period): string {
  const year = yearOfPeriod(period)
  if (isWholeYear(period)) return String(year)
  for (let t = 1; t <= 3; t++) if (sameDays(period, months(year, (t - 1) * 4 + 1, 4))) return `${t}. tertial ${year}`
  for (let q = 1; q <= 4; q++) if (sameDays(period, months(year, (q - 1) * 3 + 1, 3))) return `${q}. kvartal ${year}`
  for (let mo = 1; mo <= 12; mo++) if (sameDays(period, months(year, mo, 1))) return `${MONTH_NAMES[mo - 1]} ${year}`
  const last = addDays(period.to, -1)
  return `${norwegianDate(period.from).replace(` ${year}`, '')}–${norwegianDate(last)}`
}

const sameDays = (a: Period, b: Period) => a.from === b.from && a.to === b.to
