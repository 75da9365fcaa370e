import { readRecordFilters, recordFiltersToSearch, type RecordFilters } from '@/features/records/lib/list-filters'

export type StatusFilter = 'all' | 'open' | 'closed'

/** A stay list's filters: a record list's, plus open (still staying) or closed stays. */
export interface StayFilters extends RecordFilters {
  status: StatusFilter
}

const STATUSES: readonly StatusFilter[] = ['all', 'open', 'closed']

export function readStayFilters(params: URLSearchParams): StayFilters {
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'all'
  return { ...readRecordFilters(params), status }
}

/** The URL search for filters, leaving out what is the default. */
export function stayFiltersToSearch(filters: StayFilters): string {
  const params = new URLSearchParams(recordFiltersToSearch(filters))
  if (filters.status !== 'all') params.set('status', filters.status)
  return `?${params.toString()}`
}

/** The list of a year, all filters open: where a stay page leads back to. */
export const yearListSearch = (year: number) => stayFiltersToSearch({ year, offer: 'all', month: null, status: 'all', consent: 'all', caseCode: '' })
