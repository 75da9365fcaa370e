import { osloToday } from '@ly/forms'

export type OfferFilter = 'all' | 'women' | 'men'

/** What the dashboard shows; it lives in the URL (?year=…&offer=…) so a reload keeps it. */
export interface DashboardParams {
  year: number
  offer: OfferFilter
}

export const currentYear = () => Number(osloToday(new Date()).slice(0, 4))

const OFFERS: readonly OfferFilter[] = ['all', 'women', 'men']

export function readDashboardParams(params: URLSearchParams): DashboardParams {
  const year = Number(params.get('year'))
  const offer = OFFERS.find((o) => o === params.get('offer')) ?? 'all'
  return { year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : currentYear(), offer }
}

export function dashboardSearch({ year, offer }: DashboardParams): string {
  const params = new URLSearchParams({ year: String(year) })
  if (offer !== 'all') params.set('offer', offer)
  return `?${params.toString()}`
}

/** Short labels for the offer picker and captions. */
export const offerLabels: Record<OfferFilter, string> = { all: 'Alle', women: 'Kvinner', men: 'Menn' }
