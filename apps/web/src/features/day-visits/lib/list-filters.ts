import { osloToday } from '@ly/forms'

export type OfferFilter = 'all' | 'women' | 'men'
export type ConsentFilter = 'all' | 'yes' | 'no'

/** The list's filters; they live in the URL (?year=…) so a reload or Back shows the same list. */
export interface DayVisitFilters {
  year: number
  offer: OfferFilter
  /** 1–12, or null for the whole year. */
  month: number | null
  consent: ConsentFilter
  /** As typed; the BFF upper-cases it. Empty for none. */
  caseCode: string
}

export const currentYear = () => Number(osloToday(new Date()).slice(0, 4))

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.find((a) => a === value) ?? fallback

export function readFilters(params: URLSearchParams): DayVisitFilters {
  const year = Number(params.get('year'))
  const month = Number(params.get('month'))
  return {
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : currentYear(),
    offer: pick(params.get('offer'), ['all', 'women', 'men'], 'all'),
    month: Number.isInteger(month) && month >= 1 && month <= 12 ? month : null,
    consent: pick(params.get('consent'), ['all', 'yes', 'no'], 'all'),
    caseCode: (params.get('case_code') ?? '').trim().slice(0, 16),
  }
}

/** The URL search for filters, leaving out what is the default. */
export function filtersToSearch(filters: DayVisitFilters): string {
  const params = new URLSearchParams({ year: String(filters.year) })
  if (filters.offer !== 'all') params.set('offer', filters.offer)
  if (filters.month !== null) params.set('month', String(filters.month))
  if (filters.consent !== 'all') params.set('consent', filters.consent)
  if (filters.caseCode) params.set('case_code', filters.caseCode)
  return `?${params.toString()}`
}
