import type { OfferFilter } from '@/features/records/lib/list-filters'

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
