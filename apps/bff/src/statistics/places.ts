import type { OfferKey } from '@ly/forms'
import type { Db } from '../db/database'
import type { Offer } from './types'

/** Places per centre and offer, keyed `centre id|offer`. */
export type Places = ReadonlyMap<string, number>

export const placesKey = (centreId: string, offer: string) => `${centreId}|${offer}`

/** One offer's places, and the year of the annual form that gave them. */
export interface PlacesRow {
  centreId: string
  offer: OfferKey
  year: number
  beds: number
}

/**
 * The places each offer had in `year` (issue 22 §2): the annual centre form's «Antall faste
 * sengeplasser» of that year, or — when that year's form is not filled in yet — of the latest
 * earlier year that gives it (a house rarely changes its beds). A centre's offer without any
 * such answer has no places: its stays are left out of the occupancy figures rather than
 * counted as full or empty, and the board says nothing about its free places. The one rule for
 * both; the `capacity_status` trigger keeps the same rule in SQL (migration 2026-12-07-15).
 */
export async function loadPlaceRows(db: Db, centreId: string, year: number, offer: Offer): Promise<PlacesRow[]> {
  const rows = await db
    .selectFrom('centre_years as y')
    .select(['y.centre_id', 'y.offer', 'y.report_year', 'y.fixed_beds'])
    .where('y.fixed_beds', 'is not', null)
    .where('y.report_year', '<=', year)
    .$if(centreId !== 'all', (q) => q.where('y.centre_id', '=', centreId))
    .$if(offer !== 'all', (q) => q.where('y.offer', '=', offer as OfferKey))
    .where((eb) =>
      eb(
        'y.report_year',
        '=',
        eb
          .selectFrom('centre_years as z')
          .select((z) => z.fn.max('z.report_year').as('latest'))
          .whereRef('z.centre_id', '=', 'y.centre_id')
          .whereRef('z.offer', '=', 'y.offer')
          .where('z.fixed_beds', 'is not', null)
          .where('z.report_year', '<=', year),
      ),
    )
    .orderBy('y.centre_id')
    .orderBy('y.offer', 'desc')
    .execute()
  return rows.map((r) => ({ centreId: r.centre_id, offer: r.offer as OfferKey, year: Number(r.report_year), beds: Number(r.fixed_beds) }))
}

export async function loadPlaces(db: Db, centreId: string, year: number, offer: Offer): Promise<Places> {
  return new Map((await loadPlaceRows(db, centreId, year, offer)).map((r) => [placesKey(r.centreId, r.offer), r.beds]))
}
