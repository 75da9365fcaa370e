import type { OfferFilter } from '../lib/labels'

/**
 * The residents' own queries beside the two stay forms' records (`adult-stays`, `child-stays`):
 * the board and the children of a stay. Any change to a stay makes them all stale.
 */
export const residentsKeys = {
  all: ['residents'] as const,
  occupancy: (offer: OfferFilter) => [...residentsKeys.all, 'occupancy', offer] as const,
  children: (adultId: string) => [...residentsKeys.all, 'children', adultId] as const,
}
