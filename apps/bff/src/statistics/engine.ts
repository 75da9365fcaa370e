import { adultStayForm, childStayForm, dayVisitForm, incomingCallForm, osloToday, phoneSessionForm } from '@ly/forms'
import type { Db } from '../db/database'
import { yesNoShare } from './aggregate'
import { dayVisitIndicators } from './indicators/day-visits'
import { incomingCallIndicators, outgoingCallIndicators, phoneSessionIndicators } from './indicators/phone'
import { residentIndicators } from './indicators/residents'
import { loadOutgoingCalls, loadRecords, type LoadedRecord, type Scope } from './load'
import { asOfFor, staysInYear } from './stays'
import type { Indicator, StatsDocument } from './types'

/**
 * Every indicator Ly's registrations support for one year, centre (or all centres) and offer.
 * Each form's records are loaded once and every indicator of that form computed from them.
 */
export async function computeStatistics(db: Db, scope: Scope): Promise<StatsDocument> {
  const asOf = asOfFor(scope.year, scope.today ?? osloToday(new Date()))
  const [visits, adults, children, sessions, calls] = await Promise.all(
    [dayVisitForm, adultStayForm, childStayForm, phoneSessionForm, incomingCallForm].map((form) => loadRecords(db, form, scope)),
  ) as [LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[]]
  const stays = staysInYear(adultStayForm, adults, scope.year, asOf)
  return {
    year: scope.year,
    centre: scope.centreId,
    offer: scope.offer,
    indicators: {
      ...residentIndicators(adults, children, scope.year, asOf),
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
