import {
  adultStayForm,
  childStayForm,
  dayVisitForm,
  forms,
  incomingCallForm,
  osloToday,
  phoneSessionForm,
  turnedAwayForm,
  type FieldKey,
  type FormDef,
  type FormKey,
} from '@ly/forms'
import type { Db } from '../db/database'

import { isYes, mean, median, monthly } from './aggregate'
import { consentRate } from './engine'
import { capacityIndicators, turnedAwayChildren } from './indicators/capacity'
import { inPeriod, loadRecordsOverYears, type LoadedRecord, type Scope } from './load'
import { periodRange, samePeriodIn, yearPeriod, type Period } from './period'
import { personRecords } from './persons'
import { loadPlaces, type Places } from './places'
import { asOfPeriod, lengthsOf, staysEndedInPeriod, staysInPeriod, totalNightsInPeriod } from './stays'
import type { Offer } from './types'

/**
 * The headline figures of the dashboard, in the order they are shown, and the trend's lines.
 * The capacity figures (issue 22) come after the services they limit; the dashboard shows
 * their cards in «Kapasitet og avvisninger» rather than among the others.
 */
export const HEADLINE_INDICATORS = [
  'R-01',
  'R-02',
  'R-04',
  'R-06',
  'R-08',
  'R-08b',
  'D-01',
  'D-02',
  'P-03',
  'P-01',
  'T-01a',
  'CAP-01',
  'CAP-02',
  'CAP-03',
  'CAP-04',
  'LY-01',
] as const

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
  /** The days counted in the year (both included): the whole year, or the same period in it. */
  period: { from: string; to: string }
  figures: Record<string, number | null>
}

/**
 * The answers the headline figures read, besides each form's dates, consent and first-in-year
 * flag (each form has only some of them): the offer places a stay against its places.
 */
const TREND_COLUMNS: readonly FieldKey<FormKey>[] = ['case_code', 'in_scope', 'offer', 'children_count']

/**
 * The headline figures for every year from `from` to `to`, for the trend charts. Each form is
 * read once for all the years, with only the few answers the headline figures need, and each
 * year counted with the engine's own rules (persons, stays with a night in the year, nights):
 * the same figures as `computeStatistics` for each year (trend.test.ts), without reading every
 * answer of twenty years. With `period` (of any year), each point counts the same days of its
 * year (`samePeriodIn`: T2 of every year, or 1 January to the same day each year), by the
 * period rules of decision 0026; without it, whole years.
 */
export async function computeTrend(db: Db, centreId: string, offer: Offer, from: number, to: number, today?: string, period?: Period): Promise<TrendPoint[]> {
  if (to < from) return []
  const scope: Scope = { centreId, year: from, offer }
  const load = (form: FormDef) => {
    const dates = [form.dateField, ...(form.endDateField ? [form.endDateField] : [])]
    const columns = [...dates, ...TREND_COLUMNS, ...(form.firstInYearField ? [form.firstInYearField] : []), ...(form.consentField ? [form.consentField] : [])]
    return loadRecordsOverYears(db, form, scope, to, columns)
  }
  const [visits, adults, children, sessions, calls, turnedAway] = (await Promise.all(
    [dayVisitForm, adultStayForm, childStayForm, phoneSessionForm, incomingCallForm, turnedAwayForm].map(load),
  )) as [LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[]]
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i)
  // Each year's places by the annual forms' rule (places.ts): a few rows a year.
  const places = await Promise.all(years.map((year) => loadPlaces(db, centreId, year, offer)))
  const todayInOslo = today ?? osloToday(new Date())
  const points: TrendPoint[] = []
  for (const [i, year] of years.entries()) {
    const days = period ? samePeriodIn(period, year) : yearPeriod(year)
    const asOf = asOfPeriod(days, todayInOslo)
    const of = (form: FormDef, records: readonly LoadedRecord[]) => records.filter((r) => inPeriod(form, r, days))
    const figures = headlineFigures(
      {
        visits: of(dayVisitForm, visits),
        adults: of(adultStayForm, adults),
        children: of(childStayForm, children),
        sessions: of(phoneSessionForm, sessions),
        calls: of(incomingCallForm, calls),
        turnedAway: of(turnedAwayForm, turnedAway),
        places: places[i]!,
      },
      days,
      year,
      asOf,
    )
    points.push({ year, period: periodRange(days), figures: Object.fromEntries(HEADLINE_INDICATORS.map((id) => [id, figures[id]])) })
  }
  return points
}

interface YearRecords {
  visits: readonly LoadedRecord[]
  adults: readonly LoadedRecord[]
  children: readonly LoadedRecord[]
  sessions: readonly LoadedRecord[]
  calls: readonly LoadedRecord[]
  turnedAway: readonly LoadedRecord[]
  places: Places
}

/** The headline values of one year or period, computed as residentIndicators and the others compute them. */
function headlineFigures(r: YearRecords, period: Period, year: number, asOf: string): Record<(typeof HEADLINE_INDICATORS)[number], number | null> {
  const stays = staysInPeriod(adultStayForm, r.adults, period, asOf)
  const childStays = staysInPeriod(childStayForm, r.children, period, asOf)
  const lengths = lengthsOf(adultStayForm, staysEndedInPeriod(adultStayForm, r.adults, period), asOf)
  const capacity = capacityIndicators({ adults: r.adults, children: r.children, places: r.places, from: period.from, to: period.to, asOf })
  return {
    'R-01': personRecords(adultStayForm, stays, period).length,
    'R-02': personRecords(childStayForm, childStays, period).length,
    'R-04': stays.length,
    'R-06': totalNightsInPeriod(adultStayForm, stays, period, asOf) + totalNightsInPeriod(childStayForm, childStays, period, asOf),
    'R-08': mean(lengths),
    'R-08b': median(lengths),
    'D-01': personRecords(dayVisitForm, r.visits).length,
    'D-02': r.visits.length,
    'P-03': personRecords(phoneSessionForm, r.sessions).length,
    'P-01': monthly(phoneSessionForm, r.sessions, phoneSessionForm.dateField, year, 'conversations').value,
    'T-01a': r.calls.filter(isYes(incomingCallForm, 'in_scope')).length,
    'CAP-01': r.turnedAway.length,
    'CAP-02': turnedAwayChildren(r.turnedAway),
    'CAP-03': capacity['CAP-03']!.value,
    'CAP-04': capacity['CAP-04']!.value,
    'LY-01': consentRate([...stays, ...r.visits, ...r.sessions]).value,
  }
}
