import { adultStayForm, childStayForm, turnedAwayForm, type OptionKey } from '@ly/forms'
import { categoriesOf, distribution, monthly } from '../aggregate'
import type { LoadedRecord } from '../load'
import { fullDaysByMonth, isFull, occupancySeries, placeNights, type OccupancySeries } from '../occupancy'
import { ratio, withParts } from '../parts'
import { placesKey, type Places } from '../places'
import { datesOf } from '../stays'
import type { Indicator } from '../types'

/** «4 eller flere» counts as 4: CAP-02 is then a floor, and says so in its basis. */
const FOUR_OR_MORE: OptionKey<'turned_away', 'children_count'> = '4_or_more'
const childrenOf = (key: unknown) => (key === FOUR_OR_MORE ? 4 : typeof key === 'string' && /^\d$/.test(key) ? Number(key) : 0)

/** CAP-02's value: the children who would have come with the requests. */
export const turnedAwayChildren = (requests: readonly LoadedRecord[]) => requests.reduce((sum, r) => sum + childrenOf(r.values.children_count), 0)

/**
 * Turned-away requests (issue 22 §1): CAP-01 how many, by month and reason; CAP-01a what was
 * done; CAP-01b who asked; CAP-02 the children who would have come with them.
 */
export function turnedAwayIndicators(requests: readonly LoadedRecord[], year: number): Record<string, Indicator> {
  const form = turnedAwayForm
  const reasons = distribution(form, requests, 'reason', 'requests')
  const children = distribution(form, requests, 'children_count', 'requests')
  const childCount = turnedAwayChildren(requests)
  return {
    'CAP-01': withParts({ ...monthly(form, requests, 'request_date', year, 'requests'), unknown: reasons.unknown, categories: reasons.categories }, { categoryBase: reasons.n }),
    'CAP-01a': distribution(form, requests, 'action_taken', 'requests'),
    'CAP-01b': distribution(form, requests, 'requester', 'requests'),
    'CAP-02': withParts({ unit: 'children', n: children.n, value: childCount, unknown: children.unknown, categories: children.categories }, { categoryBase: children.n }),
  }
}

export interface CapacityInput {
  adults: readonly LoadedRecord[]
  children: readonly LoadedRecord[]
  places: Places
  from: string
  to: string
  asOf: string
}

/** Each centre's offers with places, and their series: the nights of adults and children together. */
export function occupancyByCentre(input: CapacityInput): Map<string, OccupancySeries[]> {
  const stays = new Map<string, ReturnType<typeof datesOf>[]>()
  const add = (form: typeof adultStayForm | typeof childStayForm, r: LoadedRecord) => {
    const key = placesKey(r.centreId ?? '', String(r.values.offer))
    if (!input.places.has(key)) return
    let list = stays.get(key)
    if (!list) stays.set(key, (list = []))
    list.push(datesOf(form, r))
  }
  for (const r of input.adults) add(adultStayForm, r)
  for (const r of input.children) add(childStayForm, r)
  const byCentre = new Map<string, OccupancySeries[]>()
  for (const [key, places] of input.places) {
    const centre = key.slice(0, key.lastIndexOf('|'))
    let list = byCentre.get(centre)
    if (!list) byCentre.set(centre, (list = []))
    list.push(occupancySeries(stays.get(key) ?? [], input.from, input.to, input.asOf, places))
  }
  return byCentre
}

/**
 * A centre's full days: a day when at least one of its offers (in the view) was at or above its
 * places. One series of 0/1 flags so months and runs are counted like any series.
 */
export function fullDaysOf(series: readonly OccupancySeries[]): OccupancySeries {
  const first = series[0]!
  const flags = first.occupied.map((_, i) => (series.some((s) => isFull(s, i)) ? 1 : 0))
  return { from: first.from, occupied: flags, places: 1 }
}

/**
 * How full the house was (issue 22 §2): CAP-03 days at or above capacity (per centre: a day when
 * at least one offer in the view was full; several centres add up their days), by month; CAP-04
 * the occupancy rate — occupied place-nights over available place-nights, adults and children
 * against the annual form's places. Offers without places are left out of both (n = 0 when none
 * has any).
 */
export function capacityIndicators(input: CapacityInput): Record<string, Indicator> {
  const byCentre = occupancyByCentre(input)
  let occupied = 0
  let available = 0
  let fullDays = 0
  const months: Record<string, number> = {}
  for (let m = 1; m <= 12; m++) months[String(m)] = 0
  let counted = 0
  for (const series of byCentre.values()) {
    for (const s of series) {
      const nights = placeNights(s)
      occupied += nights.occupied
      available += nights.available
    }
    const full = fullDaysOf(series)
    counted += full.occupied.length
    for (const [m, days] of Object.entries(fullDaysByMonth(full))) months[m]! += days
    fullDays += full.occupied.reduce((a, b) => a + b, 0)
  }
  const rate = ratio(occupied * 100, available, available, 'percent')
  return {
    'CAP-03': { unit: 'days', n: counted, value: fullDays, months, categories: categoriesOf(new Map([['full', fullDays]]), counted) },
    'CAP-04': rate,
  }
}
