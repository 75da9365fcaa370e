import { byOffer, offerKeys, offerWords, osloToday, type OfferFilter } from '@ly/forms'

export type { OfferFilter }

/**
 * The part of the year the dashboard counts (decision 0038): the whole year, a tertial
 * (1–3), a quarter (1–4), a month (1–12), year to date, or any days from–to (both included).
 */
export type PeriodChoice = { kind: 'year' } | { kind: 'tertial' | 'quarter' | 'month'; part: number } | { kind: 'ytd' } | { kind: 'range'; from: string; to: string }

export type PeriodKind = PeriodChoice['kind']

/**
 * What the dashboard shows; it lives in the URL so a reload keeps it: `?year=2026` (the
 * year), `?period=2026-T2|2026-Q3|2026-05|2026-ytd` (the names of `pnpm ly stats --period`) or
 * `?from=ÅÅÅÅ-MM-DD&to=ÅÅÅÅ-MM-DD`, and `&offer=women|men`. `year` is the period's year.
 */
export interface DashboardParams {
  year: number
  offer: OfferFilter
  period: PeriodChoice
}

export const currentYear = () => Number(osloToday(new Date()).slice(0, 4))

const OFFERS: readonly OfferFilter[] = ['all', ...offerKeys]
const PARTS = { tertial: 3, quarter: 4, month: 12 } as const
const DATE = /^\d{4}-\d{2}-\d{2}$/
const validYear = (year: number) => Number.isInteger(year) && year >= 1990 && year <= 2100

/** A named period as the server names it: `2026`, `2026-T2`, `2026-Q3`, `2026-05`, `2026-ytd`. */
function readNamed(spec: string): Pick<DashboardParams, 'year' | 'period'> | null {
  const m = /^(\d{4})(?:-(T[1-3]|Q[1-4]|0[1-9]|1[0-2]|ytd))?$/.exec(spec)
  if (!m || !validYear(Number(m[1]))) return null
  const year = Number(m[1])
  const part = m[2]
  if (!part) return { year, period: { kind: 'year' } }
  if (part === 'ytd') return { year, period: { kind: 'ytd' } }
  if (part.startsWith('T')) return { year, period: { kind: 'tertial', part: Number(part.slice(1)) } }
  if (part.startsWith('Q')) return { year, period: { kind: 'quarter', part: Number(part.slice(1)) } }
  return { year, period: { kind: 'month', part: Number(part) } }
}

export function readDashboardParams(params: URLSearchParams): DashboardParams {
  const offer = OFFERS.find((o) => o === params.get('offer')) ?? 'all'
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  if (DATE.test(from) && DATE.test(to) && validYear(Number(from.slice(0, 4)))) return { year: Number(from.slice(0, 4)), offer, period: { kind: 'range', from, to } }
  const named = readNamed(params.get('period') ?? '')
  if (named) return { ...named, offer }
  const year = Number(params.get('year'))
  return { year: validYear(year) ? year : currentYear(), offer, period: { kind: 'year' } }
}

/** The named period's name for the server (`2026-T2`), or null for the year and a range. */
export function periodSpec({ year, period }: Pick<DashboardParams, 'year' | 'period'>): string | null {
  switch (period.kind) {
    case 'year':
    case 'range':
      return null
    case 'ytd':
      return `${year}-ytd`
    case 'tertial':
      return `${year}-T${period.part}`
    case 'quarter':
      return `${year}-Q${period.part}`
    case 'month':
      return `${year}-${String(period.part).padStart(2, '0')}`
  }
}

/** The query the statistics routes take: `year`, `period` or `from`/`to`. */
export function periodQuery(params: Pick<DashboardParams, 'year' | 'period'>): { year: string } | { period: string } | { from: string; to: string } {
  if (params.period.kind === 'range') return { from: params.period.from, to: params.period.to }
  const spec = periodSpec(params)
  return spec ? { period: spec } : { year: String(params.year) }
}

export function dashboardSearch(params: DashboardParams): string {
  const search = new URLSearchParams(periodQuery(params))
  if (params.offer !== 'all') search.set('offer', params.offer)
  return `?${search.toString()}`
}

/**
 * The period of another kind, or of another year, as the picker switches to it: the part of
 * the year today is in when it is this year (else the first), and for from–to the year so far.
 */
export function withPeriodKind(params: DashboardParams, kind: PeriodKind, today = osloToday(new Date())): DashboardParams {
  const thisYear = Number(today.slice(0, 4)) === params.year
  const month = thisYear ? Number(today.slice(5, 7)) : 1
  switch (kind) {
    case 'year':
    case 'ytd':
      return { ...params, period: { kind } }
    case 'range':
      return { ...params, period: { kind, from: `${params.year}-01-01`, to: thisYear ? today : `${params.year}-12-31` } }
    case 'tertial':
      return { ...params, period: { kind, part: Math.ceil(month / 4) } }
    case 'quarter':
      return { ...params, period: { kind, part: Math.ceil(month / 3) } }
    case 'month':
      return { ...params, period: { kind, part: month } }
  }
}

/** How many parts a kind of period has in a year (tertials, quarters, months). */
export const partsOf = (kind: 'tertial' | 'quarter' | 'month') => PARTS[kind]

/** Short labels for the offer picker and captions. */
export const offerLabels: Record<OfferFilter, string> = { all: 'Alle', ...byOffer((offer) => offerWords[offer].short) }
