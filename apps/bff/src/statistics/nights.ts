import { osloToday } from '@ly/forms'

/**
 * Nights (bodøgn) of stays, decision 4 — the one place they are computed. A stay's dates are
 * Europe/Oslo calendar dates (YYYY-MM-DD); nights = check-out date − check-in date, and the
 * night of date d (from d to d+1) belongs to d's month and year. An open stay counts nights up
 * to `asOf` (today, or a report's end), exclusive: checked in yesterday = 1 night so far.
 *
 * Arithmetic is on UTC midnights of the calendar dates, so a daylight-saving change (a 23- or
 * 25-hour day in Oslo) still counts as exactly one night.
 */
export interface StayDates {
  start: string
  /** null while the stay is open. */
  end: string | null
}

const DAY_MS = 86_400_000
const toDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => toDay(to) - toDay(from)

export function addDays(date: string, days: number): string {
  return new Date((toDay(date) + days) * DAY_MS).toISOString().slice(0, 10)
}

/** The first date after the last night counted: check-out, or `asOf` for an open stay. */
const effectiveEnd = (stay: StayDates, asOf: string) => stay.end ?? asOf

/** Nights of the stay falling on dates in [from, to). */
export function nightsInPeriod(stay: StayDates, from: string, to: string, asOf: string): number {
  const first = stay.start > from ? stay.start : from
  const end = effectiveEnd(stay, asOf)
  const last = end < to ? end : to
  return Math.max(0, daysBetween(first, last))
}

/** All nights of a stay; for an open stay, the nights so far up to `asOf`. */
export const stayNights = (stay: StayDates, asOf: string) => Math.max(0, daysBetween(stay.start, effectiveEnd(stay, asOf)))

/** Nights so far of an open stay at the instant `now`, in Oslo's calendar. */
export const nightsSoFar = (start: string, now: Date) => stayNights({ start, end: null }, osloToday(now))

export const nightsInYear = (stay: StayDates, year: number, asOf: string) => nightsInPeriod(stay, `${year}-01-01`, `${year + 1}-01-01`, asOf)

/** Nights per calendar month of `year`, January first. */
export function nightsByMonth(stay: StayDates, year: number, asOf: string): number[] {
  return Array.from({ length: 12 }, (_, m) => {
    const from = `${year}-${String(m + 1).padStart(2, '0')}-01`
    const to = m === 11 ? `${year + 1}-01-01` : `${year}-${String(m + 2).padStart(2, '0')}-01`
    return nightsInPeriod(stay, from, to, asOf)
  })
}

/** Decision 4: a stay is "in year Y" when it has at least one night in Y. */
export const hasNightInYear = (stay: StayDates, year: number, asOf: string) => nightsInYear(stay, year, asOf) > 0

/**
 * Whether a stay shows in a list of the period [from, to): it has a night there — or it has no
 * night at all yet (a same-day stay, or one checked in today) and began there. Lists must not
 * lose such stays, although statistics count them in no year's persons (decision 4).
 */
export function isListedInPeriod(stay: StayDates, from: string, to: string, asOf: string): boolean {
  if (stayNights(stay, asOf) === 0) return stay.start >= from && stay.start < to
  return nightsInPeriod(stay, from, to, asOf) > 0
}

/**
 * Whether two stays of one person share a night, or a day for a stay without a night: a person
 * may leave and come back the same day, but cannot stay twice at once. Open stays run on.
 */
export function staysOverlap(a: StayDates, b: StayDates): boolean {
  const endOf = (s: StayDates) => (s.end === null ? '9999-12-31' : s.end > s.start ? s.end : addDays(s.start, 1))
  return a.start < endOf(b) && b.start < endOf(a)
}
