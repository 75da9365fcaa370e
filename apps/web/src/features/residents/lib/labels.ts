import type { OfferFilter } from '@/features/records/lib/list-filters'
import type { RecordNouns } from '@/features/records/lib/record-nouns'

export { monthNames, offerLabels } from '@/features/records/lib/labels'
export type { OfferFilter }

/** The offer in the address (?offer=women|men), all offers otherwise. */
export const readOfferFilter = (value: string | null): OfferFilter => (value === 'women' || value === 'men' ? value : 'all')

/** A stay's derived status (recordCompleteness) as staff say it. */
export const statusLabels = {
  open: 'Pågår',
  incomplete: 'Avsluttet, ufullstendig',
  complete: 'Avsluttet',
} as const

/** "1 bodøgn" / "12 bodøgn": the unit is the same in singular and plural. */
export const nightsText = (nights: number) => `${nights} bodøgn`

/** Said beside a child's consent and offer, which are the adult's (decision 1). */
export const INHERITED_NOTE = 'Følger den voksnes opphold og kan bare endres der.'

/** How the shared record pages name a stay («Slett opphold», «Oppholdet er slettet.»). */
export const adultStayNouns: RecordNouns = { singular: 'opphold', plural: 'opphold', definite: 'oppholdet', demonstrative: 'dette oppholdet' }
export const childStayNouns: RecordNouns = { singular: 'barnets opphold', plural: 'barnas opphold', definite: 'barnets opphold', demonstrative: 'dette barnets opphold' }

/** Said on a stay's pages after «Last inn på nytt», for the adult and the child alike. */
export const STAY_RELOADED = 'Lastet inn på nytt med de siste endringene.'
