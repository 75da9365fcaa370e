import type { Prefetch } from '@/lib/route-deps'
import { readOfferFilter } from '../lib/labels'
import { occupancyQueryOptions } from './get-occupancy'

/** The board «Nå på senteret» for the offer in the address, while the page's code downloads. */
export const prefetchOccupancy: Prefetch = ({ api, queryClient }, url) => queryClient.prefetchQuery(occupancyQueryOptions(api, readOfferFilter(url.searchParams.get('offer'))))
