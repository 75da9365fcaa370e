import { adultStayForm, childStayForm, dayVisitForm, forms, incomingCallForm, osloToday, phoneSessionForm, type FormDef } from '@ly/forms'
import type { Db } from '../db/database'

import { mean, median, monthly } from './aggregate'
import { consentRate } from './engine'
import { inYear, loadRecordsOverYears, type LoadedRecord, type Scope } from './load'
import { personRecords } from './persons'
import { asOfFor, lengthsOf, staysEndedInYear, staysInYear, totalNightsInYear } from './stays'
import type { Offer } from './types'

/** The headline figures of the dashboard, in the order they are shown. */
export const HEADLINE_INDICATORS = ['R-01', 'R-02', 'R-04', 'R-06', 'R-08', 'R-08b', 'D-01', 'D-02', 'P-03', 'P-01', 'T-01a', 'LY-01'] as const

/** The first and last year with any registration at the centre (null when there is none). */
export async function yearsWithData(db: Db, centreId: string): Promise<{ first: number; last: number } | null> {
  let first: string | null = null
  let last: string | null = null
  for (const form of Object.values(forms)) {
    // min and max as two subqueries: each is then one step down the (centre_id, date) index,
    // where a single select of both scans every row of the centre in SQLite.
    const edge = (fn: 'min' | 'max') =>
      db
        .selectFrom(form.table)
        .select((eb) => eb.fn[fn](form.dateField).as('d'))
        .where('centre_id', '=', centreId)
    const row = await db.selectNoFrom(() => [edge('min').as('first'), edge('max').as('last')]).executeTakeFirst()
    const f = row?.first
    const l = row?.last
    if (f && (!first || f < first)) first = f
    if (l && (!last || l > last)) last = l
  }
  return first && last ? { first: Number(first.slice(0, 4)), last: Number(last.slice(0, 4)) } : null
}

export interface TrendPoint {
  year: number
  figures: Record<string, number | null>
}

/** The answers the headline figures read, besides each form's dates, consent and first-in-year flag. */
const TREND_COLUMNS = ['case_code', 'in_scope']

/**
 * The headline figures for every year from `from` to `to`, for the trend charts. Each form is
 * read once for all the years, with only the few answers the headline figures need, and each
 * year counted with the engine's own rules (persons, stays with a night in the year, nights):
 * the same figures as `computeStatistics` for each year (trend.test.ts), without reading every
 * answer of twenty years.
 */
export async function computeTrend(db: Db, centreId: string, offer: Offer, from: number, to: number, today?: string): Promise<TrendPoint[]> {
  if (to < from) return []
  const scope: Scope = { centreId, year: from, offer }
  const load = (form: FormDef) => {
    const dates = [form.dateField, ...(form.endDateField ? [form.endDateField] : [])]
    const columns = [...dates, ...TREND_COLUMNS, ...(form.firstInYearField ? [form.firstInYearField] : []), ...(form.consentField ? [form.consentField] : [])]
    return loadRecordsOverYears(db, form, scope, to, columns)
  }
  const [visits, adults, children, sessions, calls] = (await Promise.all([dayVisitForm, adultStayForm, childStayForm, phoneSessionForm, incomingCallForm].map(load))) as [
    LoadedRecord[],
    LoadedRecord[],
    LoadedRecord[],
    LoadedRecord[],
    LoadedRecord[],
  ]
  const todayInOslo = today ?? osloToday(new Date())
  const points: TrendPoint[] = []
  for (let year = from; year <= to; year++) {
    const asOf = asOfFor(year, todayInOslo)
    const of = (form: FormDef, records: readonly LoadedRecord[]) => records.filter((r) => inYear(form, r, year))
    const figures = headlineFigures(
      {
        visits: of(dayVisitForm, visits),
        adults: of(adultStayForm, adults),
        children: of(childStayForm, children),
        sessions: of(phoneSessionForm, sessions),
        calls: of(incomingCallForm, calls),
      },
      year,
      asOf,
    )
    points.push({ year, figures: Object.fromEntries(HEADLINE_INDICATORS.map((id) => [id, figures[id]])) })
  }
  return points
}

interface YearRecords {
  visits: readonly LoadedRecord[]
  adults: readonly LoadedRecord[]
  children: readonly LoadedRecord[]
  sessions: readonly LoadedRecord[]
  calls: readonly LoadedRecord[]
}

/** The headline values of one year, computed as residentIndicators and the others compute them. */
function headlineFigures(r: YearRecords, year: number, asOf: string): Record<(typeof HEADLINE_INDICATORS)[number], number | null> {
  const stays = staysInYear(adultStayForm, r.adults, year, asOf)
  const childStays = staysInYear(childStayForm, r.children, year, asOf)
  const lengths = lengthsOf(adultStayForm, staysEndedInYear(adultStayForm, r.adults, year), asOf)
  return {
    'R-01': personRecords(adultStayForm, stays, year).length,
    'R-02': personRecords(childStayForm, childStays, year).length,
    'R-04': stays.length,
    'R-06': totalNightsInYear(adultStayForm, stays, year, asOf) + totalNightsInYear(childStayForm, childStays, year, asOf),
    'R-08': mean(lengths),
    'R-08b': median(lengths),
    'D-01': personRecords(dayVisitForm, r.visits).length,
    'D-02': r.visits.length,
    'P-03': personRecords(phoneSessionForm, r.sessions).length,
    'P-01': monthly(r.sessions, phoneSessionForm.dateField, year, 'conversations').value,
    'T-01a': r.calls.filter((c) => c.values.in_scope === true).length,
    'LY-01': consentRate([...stays, ...r.visits, ...r.sessions]).value,
  }
}
