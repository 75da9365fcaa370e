import { sql } from 'kysely'
import type { Db } from '../db/database'
import type { Offer } from './types'

/** Places per centre and offer, keyed `centre id|offer`. */
export type Places = ReadonlyMap<string, number>

export const placesKey = (centreId: string, offer: string) => `${centreId}|${offer}`

/**
 * The places each offer had in `year` (issue 22 §2): the annual centre form's «Antall faste
 * sengeplasser» of that year, or — when that year's form is not filled in yet — of the latest
 * earlier year that gives it (a house rarely changes its beds). A centre's offer without any
 * such answer has no places: its stays are left out of the occupancy figures rather than
 * counted as full or empty.
 */
export async function loadPlaces(db: Db, centreId: string, year: number, offer: Offer): Promise<Places> {
  const centreFilter = centreId === 'all' ? sql`` : sql`and y.centre_id = ${centreId}`
  const offerFilter = offer === 'all' ? sql`` : sql`and y.offer = ${offer}`
  const rows = await sql<{ centre_id: string; offer: 'women' | 'men'; fixed_beds: number | string }>`
    select y.centre_id, y.offer, y.fixed_beds from centre_years y
    where y.fixed_beds is not null and y.report_year <= ${year} ${centreFilter} ${offerFilter}
      and y.report_year = (select max(z.report_year) from centre_years z
        where z.centre_id = y.centre_id and z.offer = y.offer and z.fixed_beds is not null and z.report_year <= ${year})`.execute(db)
  return new Map(rows.rows.map((r) => [placesKey(r.centre_id, r.offer), Number(r.fixed_beds)]))
}
