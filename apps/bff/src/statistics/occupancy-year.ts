import { adultStayForm, childStayForm, osloToday } from '@ly/forms'
import type { Db } from '../db/database'
import { fullDaysOf, occupancyByCentre } from './indicators/capacity'
import { loadRecords } from './load'
import { dateAt, longestFullRun, monthlyRates, type OccupancySeries } from './occupancy'
import { loadPlaces } from './places'
import { asOfFor } from './stays'
import type { Offer } from './types'

/** A centre's year night by night, for the occupancy chart (dashboard and report). */
export interface OccupancyYear {
  year: number
  offer: Offer
  /** Places of the offers in the view that have any; null when none has. */
  places: number | null
  days: { date: string; occupied: number; full: boolean }[]
  /** Occupancy rate per month in per cent (null: no counted day). */
  months: Record<string, number | null>
  longestFullRun: { days: number; from: string | null }
}

export async function occupancyYear(db: Db, centreId: string, year: number, offer: Offer, today = osloToday(new Date())): Promise<OccupancyYear> {
  const scope = { centreId, year, offer, today }
  const [adults, children, places] = await Promise.all([loadRecords(db, adultStayForm, scope), loadRecords(db, childStayForm, scope), loadPlaces(db, centreId, year, offer)])
  const series = occupancyByCentre({ adults, children, places, from: `${year}-01-01`, to: `${year + 1}-01-01`, asOf: asOfFor(year, today) }).get(centreId) ?? []
  if (series.length === 0) return { year, offer, places: null, days: [], months: {}, longestFullRun: { days: 0, from: null } }
  const total: OccupancySeries = {
    from: series[0]!.from,
    occupied: series[0]!.occupied.map((_, i) => series.reduce((sum, s) => sum + s.occupied[i]!, 0)),
    places: series.reduce((sum, s) => sum + (s.places ?? 0), 0),
  }
  const full = fullDaysOf(series)
  return {
    year,
    offer,
    places: total.places,
    days: total.occupied.map((occupied, i) => ({ date: dateAt(total, i), occupied, full: full.occupied[i] === 1 })),
    months: monthlyRates(total),
    longestFullRun: longestFullRun(full),
  }
}
