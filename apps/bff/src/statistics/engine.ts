import { dayVisitForm } from '@ly/forms'
import type { Db } from '../db/database'
import { dayVisitIndicators } from './indicators/day-visits'
import { loadRecords, type Scope } from './load'
import type { StatsDocument } from './types'

/**
 * Every indicator Ly's registrations support for one year, centre (or all centres) and offer.
 * Each form's records are loaded once and every indicator of that form computed from them.
 */
export async function computeStatistics(db: Db, scope: Scope): Promise<StatsDocument> {
  const visits = await loadRecords(db, dayVisitForm, scope)
  return {
    year: scope.year,
    centre: scope.centreId,
    offer: scope.offer,
    indicators: {
      ...dayVisitIndicators(visits, scope.year),
    },
  }
}
