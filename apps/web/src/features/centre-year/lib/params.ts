import { byOffer, FIRST_CENTRE_YEAR, offerWords, osloToday } from '@ly/forms'

export type CentreOffer = 'women' | 'men'

/** The form shown; it lives in the URL (?year=…&offer=…) so a reload keeps it. */
export interface CentreYearParams {
  year: number
  offer: CentreOffer
}

/** The annual form is filled in for the year under way or just ended; the future is refused. */
export const currentYear = () => Number(osloToday(new Date()).slice(0, 4))

export function readCentreYearParams(params: URLSearchParams): CentreYearParams {
  const year = Number(params.get('year'))
  return {
    year: params.has('year') && Number.isInteger(year) && year >= FIRST_CENTRE_YEAR && year <= currentYear() ? year : currentYear(),
    offer: params.get('offer') === 'men' ? 'men' : 'women',
  }
}

export const centreYearSearch = ({ year, offer }: CentreYearParams) => `?${new URLSearchParams({ year: String(year), offer }).toString()}`

/** Every year the form can be filled in for, newest first. */
export const centreYearOptions = (): number[] => Array.from({ length: currentYear() - FIRST_CENTRE_YEAR + 1 }, (_, i) => currentYear() - i)

export const offerLabels: Record<CentreOffer, string> = byOffer((offer) => `Tilbudet til ${offerWords[offer].people}`)
