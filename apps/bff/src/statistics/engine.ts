import { adultStayForm, childStayForm, dayVisitForm, incomingCallForm, osloToday, phoneSessionForm } from '@ly/forms'
import type { Db } from '../db/database'
import { yesNoShare } from './aggregate'
import { dayVisitIndicators } from './indicators/day-visits'
import { incomingCallIndicators, outgoingCallIndicators, phoneSessionIndicators } from './indicators/phone'
import { residentIndicators } from './indicators/residents'
import { loadOutgoingCalls, loadRecords, periodOf, type LoadedRecord, type Scope } from './load'
import { periodRange } from './period'
import { asOfPeriod, staysInPeriod } from './stays'
import type { Indicator, StatsDocument } from './types'

/**
 * Every indicator Ly's registrations support for one year or a period of it (decision 0026),
 * centre (or all centres) and offer.
 * Each form's records are loaded once and every indicator of that form computed from them.
 */
export async function computeStatistics(db: Db, scope: Scope): Promise<StatsDocument> {
  const period = periodOf(scope)
  const asOf = asOfPeriod(period, scope.today ?? osloToday(new Date()))
  const [visits, adults, children, sessions, calls] = await Promise.all(
    [dayVisitForm, adultStayForm, childStayForm, phoneSessionForm, incomingCallForm].map((form) => loadRecords(db, form, scope)),
  ) as [LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[]]
  const stays = staysInPeriod(adultStayForm, adults, period, asOf)
  return {
    year: scope.year,
    period: periodRange(period),
    centre: scope.centreId,
    offer: scope.offer,
    indicators: {
      ...residentIndicators(adults, children, period, asOf),
      ...dayVisitIndicators(visits, scope.year),
      ...phoneSessionIndicators(sessions, scope.year),
      ...incomingCallIndicators(calls, scope.year),
      ...outgoingCallIndicators(await loadOutgoingCalls(db, scope), calls),
      // Children follow the adult's answer, so only the adults' own decisions are counted.
      'LY-01': consentRate([...stays, ...visits, ...sessions]),
    },
  }
}

/** Decision 1: every report states the share of registrations made with consent. */
export function consentRate(records: readonly LoadedRecord[]): Indicator {
  return yesNoShare(records.filter((r) => r.values.consent_to_statistics === true).length, records.length)
}
