import { centreYearForm, type OfferKey } from '@ly/forms'
import type { Db } from '../db/database'
import { findRecord, type StoredRecord } from '../db/records'
import { AppError } from '../errors'
import type { WriteContext } from './write-rules'

const offerNoun = (offer: unknown) => (offer === 'men' ? 'tilbudet til menn' : 'tilbudet til kvinner')

/** The centre's answers for one offer: of `year`, or (with `before`) of the latest year before it. */
export async function findCentreYear(db: Db, centreId: string, offer: OfferKey, year: number, before = false): Promise<StoredRecord | undefined> {
  const row = await db
    .selectFrom(centreYearForm.table)
    .select('id')
    .where('centre_id', '=', centreId)
    .where('offer', '=', offer)
    .where('report_year', before ? '<' : '=', year)
    .orderBy('report_year', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? findRecord(db, centreYearForm, centreId, String(row.id)) : undefined
}

/**
 * One annual form per centre, offer and year: refused in words (409) before the unique index would
 * refuse it. Both run in the write's transaction, which SQLite serialises, so the check holds.
 */
export async function checkOneAYear({ trx, centreId, id, values }: WriteContext) {
  const offer = values.offer as OfferKey
  const year = values.report_year as number
  const existing = await findCentreYear(trx, centreId, offer, year)
  if (existing && existing.id !== id) {
    throw new AppError(409, 'centre_year_exists', `Årsskjemaet for ${offerNoun(offer)} i ${year} finnes allerede. Åpne det og endre svarene der.`, [
      { path: 'report_year', message: `Det finnes allerede et årsskjema for ${offerNoun(offer)} i ${year}.` },
    ])
  }
}
