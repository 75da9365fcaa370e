import type { QueryClient } from '@tanstack/react-query'
import type { StayFilters } from '../lib/list-filters'
import type { OfferFilter } from '../lib/labels'

/** Query keys of the residents' screens. Stays of adults and children share one root. */
export const residentsKeys = {
  all: ['residents'] as const,
  occupancy: (offer: OfferFilter) => [...residentsKeys.all, 'occupancy', offer] as const,
  adultLists: () => [...residentsKeys.all, 'adult-stays', 'list'] as const,
  adultList: (filters: StayFilters) => [...residentsKeys.adultLists(), filters] as const,
  adult: (id: string) => [...residentsKeys.all, 'adult-stays', 'detail', id] as const,
  children: (adultId: string) => [...residentsKeys.all, 'adult-stays', 'children', adultId] as const,
  child: (id: string) => [...residentsKeys.all, 'child-stays', 'detail', id] as const,
  latest: (form: 'adult_stay' | 'child_stay', caseCode: string, date: string | undefined) => [...residentsKeys.all, form, 'latest', caseCode, date ?? null] as const,
}

/**
 * After any write: the board, the lists and the children of stays are fetched again (an adult's
 * change reaches its children on the server). Details are left to the page that holds them,
 * which pins the version it opened.
 */
export function invalidateStayViews(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: [...residentsKeys.all, 'occupancy'] })
  void queryClient.invalidateQueries({ queryKey: residentsKeys.adultLists() })
  void queryClient.invalidateQueries({ queryKey: [...residentsKeys.all, 'adult-stays', 'children'] })
  void queryClient.invalidateQueries({ queryKey: [...residentsKeys.all, 'adult_stay', 'latest'] })
  void queryClient.invalidateQueries({ queryKey: [...residentsKeys.all, 'child_stay', 'latest'] })
}
