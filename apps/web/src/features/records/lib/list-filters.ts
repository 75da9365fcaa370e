import { osloToday, type OfferFilter } from '@ly/forms'

export type { OfferFilter }
export type ConsentFilter = 'all' | 'yes' | 'no'

/**
 * A record list's filters (GET /api/<records>?year=&offer=&month=&consent=&case_code=). They
 * live in the URL so a reload or Back shows the same list. Forms without consent or case code
 * (the duty-phone log) keep those two at "all" and "".
 */
export interface RecordFilters {
  year: number
  offer: OfferFilter
  /** 1–12, or null for the whole year. */
  month: number | null
  consent: ConsentFilter
  /** As typed; the BFF upper-cases it. Empty for none. */
  caseCode: string
}

export const currentYear = () => Number(osloToday(new Date()).slice(0, 4))

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => allowed.find((a) => a === value) ?? fallback

export function readRecordFilters(params: URLSearchParams): RecordFilters {
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
export function recordFiltersToSearch(filters: RecordFilters): string {
  const params = new URLSearchParams({ year: String(filters.year) })
  if (filters.offer !== 'all') params.set('offer', filters.offer)
  if (filters.month !== null) params.set('month', String(filters.month))
  if (filters.consent !== 'all') params.set('consent', filters.consent)
  if (filters.caseCode) params.set('case_code', filters.caseCode)
  return `?${params.toString()}`
}

/** A year's list in one offer (or both), no other filter: where a saved or deleted record leads. */
export const yearListSearch = (year: number, offer: OfferFilter = 'all') => recordFiltersToSearch({ year, offer, month: null, consent: 'all', caseCode: '' })

/**
 * The list query the BFF takes; consent and case code only when the list filters by them, and
 * the cursor of the page after the first.
 */
export function listQuery(filters: RecordFilters, cursor: string | null = null) {
  return {
    year: String(filters.year),
    ...(cursor && { cursor }),
    offer: filters.offer,
    ...(filters.month !== null && { month: String(filters.month) }),
    ...(filters.consent !== 'all' && { consent: filters.consent }),
    ...(filters.caseCode && { case_code: filters.caseCode }),
  }
}
