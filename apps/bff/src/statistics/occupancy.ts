import { addDays, daysBetween, type StayDates } from './nights'

/**
 * How full the house was, night by night (issue 22 §2). The occupancy of date d is the number
 * of people — adults and children — who slept at the centre the night of d: the same nights as
 * R-06 (decision 4), so the year's occupancy adds up to its nights. A stay still open counts up
 * to `asOf` (today in the current year); dates from `asOf` on are not yet lived and not counted.
 */
export interface OccupancySeries {
  /** The first date of the series. */
  from: string
  /** Occupied places the night of each date from `from` on (one entry per counted day). */
  occupied: number[]
  /** The places the occupancy is measured against; null when the annual form gives none. */
  places: number | null
}

/** The last date after the counted days: the period's end, or `asOf` if that comes first. */
const countedEnd = (to: string, asOf: string) => (asOf < to ? asOf : to)

/**
 * People present each night of [from, to), counted with a difference array: one step in and one
 * out per stay, then a running sum — a year of a large centre is a few thousand stays.
 */
export function occupancySeries(stays: readonly StayDates[], from: string, to: string, asOf: string, places: number | null): OccupancySeries {
  const end = countedEnd(to, asOf)
  const days = Math.max(0, daysBetween(from, end))
  const steps = new Array<number>(days + 1).fill(0)
  for (const stay of stays) {
    const first = stay.start > from ? stay.start : from
    const stayEnd = stay.end ?? asOf
    const last = stayEnd < end ? stayEnd : end
    if (first >= last) continue
    steps[daysBetween(from, first)]! += 1
    steps[daysBetween(from, last)]! -= 1
  }
  const occupied = new Array<number>(days)
  let running = 0
  for (let i = 0; i < days; i++) occupied[i] = running += steps[i]!
  return { from, occupied, places }
}

export const dateAt = (series: OccupancySeries, index: number) => addDays(series.from, index)

/** Whether the night of the index was at or above capacity (never, without places). */
export const isFull = (series: OccupancySeries, index: number) => series.places !== null && series.places > 0 && series.occupied[index]! >= series.places

/** The days at or above capacity, per calendar month (1–12) of their date. */
export function fullDaysByMonth(series: OccupancySeries): Record<string, number> {
  const months: Record<string, number> = {}
  for (let m = 1; m <= 12; m++) months[String(m)] = 0
  for (let i = 0; i < series.occupied.length; i++) {
    if (isFull(series, i)) months[String(Number(dateAt(series, i).slice(5, 7)))]! += 1
  }
  return months
}

/** The longest run of consecutive full days, with its first date (null when never full). */
export function longestFullRun(series: OccupancySeries): { days: number; from: string | null } {
  let best = 0
  let bestStart = -1
  let run = 0
  for (let i = 0; i < series.occupied.length; i++) {
    run = isFull(series, i) ? run + 1 : 0
    if (run > best) {
      best = run
      bestStart = i - run + 1
    }
  }
  return { days: best, from: best > 0 ? dateAt(series, bestStart) : null }
}

/** Episodes of being full: runs of consecutive full days (the annual form's «en gang / flere ganger»). */
export function fullEpisodes(series: OccupancySeries): number {
  let episodes = 0
  for (let i = 0; i < series.occupied.length; i++) if (isFull(series, i) && (i === 0 || !isFull(series, i - 1))) episodes++
  return episodes
}

/** Occupied nights and available place-nights over the series (the occupancy rate's parts). */
export function placeNights(series: OccupancySeries): { occupied: number; available: number } {
  const occupied = series.occupied.reduce((a, b) => a + b, 0)
  return { occupied, available: (series.places ?? 0) * series.occupied.length }
}

/** The occupancy rate of each calendar month in per cent (null for a month with no counted day or no places). */
export function monthlyRates(series: OccupancySeries): Record<string, number | null> {
  const occupied = new Array<number>(12).fill(0)
  const days = new Array<number>(12).fill(0)
  for (let i = 0; i < series.occupied.length; i++) {
    const m = Number(dateAt(series, i).slice(5, 7)) - 1
    occupied[m]! += series.occupied[i]!
    days[m]! += 1
  }
  const rates: Record<string, number | null> = {}
  for (let m = 0; m < 12; m++) rates[String(m + 1)] = series.places && days[m] ? (occupied[m]! / (series.places * days[m]!)) * 100 : null
  return rates
}
