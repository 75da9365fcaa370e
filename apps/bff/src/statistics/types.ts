import type { OfferFilter } from '@ly/forms'

/**
 * The statistics document (docs/statistics.md): the same JSON from `pnpm ly stats --json` and
 * GET /api/statistics. Percentages are of `n`, unrounded; rounding is for display.
 */
export type Unit =
  'persons' | 'adults' | 'children' | 'visits' | 'stays' | 'child_stays' | 'conversations' | 'calls' | 'requests' | 'days' | 'nights' | 'years' | 'percent' | 'ratio'

/** The offers of the definitions (`offerOptions`), or both. */
export type Offer = OfferFilter

export interface CategoryCount {
  count: number
  percent: number | null
}

export interface Indicator {
  unit: Unit
  /** The denominator: the units described (answered only, for percentages). */
  n: number
  /** The headline figure: a count, a percentage, a mean or a ratio (null when n is 0). */
  value: number | null
  /** Units in the population whose answer was unknown or missing (excluded from n). */
  unknown?: number
  categories?: Record<string, CategoryCount>
  months?: Record<string, number>
}

export interface StatsDocument {
  year: number
  /** The days counted, both included (decision 0026): the whole year unless a period was asked for. */
  period?: { from: string; to: string }
  centre: string
  offer: Offer
  indicators: Record<string, Indicator>
}

/** What one record of each form counts as (decision 1: events). */
const eventUnits: Record<string, Unit> = {
  day_visit: 'visits',
  adult_stay: 'stays',
  child_stay: 'child_stays',
  phone_session: 'conversations',
  incoming_call: 'calls',
  turned_away: 'requests',
}

export const eventUnit = (formKey: string): Unit => eventUnits[formKey] ?? 'visits'
