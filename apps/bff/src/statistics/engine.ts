import { adultStayForm, childStayForm, dayVisitForm, incomingCallForm, osloToday, phoneSessionForm, turnedAwayForm } from '@ly/forms'
import type { Db } from '../db/database'
import { yesNoShare } from './aggregate'
import { capacityIndicators, turnedAwayIndicators } from './indicators/capacity'
import { dayVisitIndicators } from './indicators/day-visits'
import { incomingCallIndicators, outgoingCallIndicators, phoneSessionIndicators } from './indicators/phone'
import { residentIndicators } from './indicators/residents'
import { loadOutgoingCalls, loadRecords, periodOf, type LoadedRecord, type Scope } from './load'
import { periodRange } from './period'
import { loadPlaces } from './places'
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
  const [visits, adults, children, sessions, calls, turnedAway] = (await Promise.all(
    [dayVisitForm, adultStayForm, childStayForm, phoneSessionForm, incomingCallForm, turnedAwayForm].map((form) => loadRecords(db, form, scope)),
  )) as [LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[], LoadedRecord[]]
  const places = await loadPlaces(db, scope.centreId, scope.year, scope.offer)
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
      ...turnedAwayIndicators(turnedAway, scope.year),
      ...capacityIndicators({ adults, children, places, from: period.from, to: period.to, asOf }),
      // Children follow the adult's answer, so only the adults' own decisions are counted.
      'LY-01': consentRate([...stays, ...visits, ...sessions]),
    },
  }
}

/** Decision 1: every report states the share of registrations made with consent. */
export function consentRate(records: readonly LoadedRecord[]): Indicator {
  return yesNoShare(records.filter((r) => r.values.consent_to_statistics === true).length, records.length)
}
