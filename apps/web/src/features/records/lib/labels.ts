import { byOffer, offerWords } from '@ly/forms'

/** Short labels for lists and filters; the forms show the definitions' full wording. */
export const offerLabels = byOffer((offer) => offerWords[offer].short)

export const monthNames = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const

export const yesNo = (value: unknown) => (value === true ? 'Ja' : value === false ? 'Nei' : 'Ikke besvart')
