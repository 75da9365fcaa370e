import { adultStayForm, childStayForm, dayVisitForm, emptyRecord, phoneSessionForm, type FormDef, type RecordValues } from '@ly/forms'
import { adultCheckOut, adultStayInput, childCheckOut, childStayInput, dayVisitInput, phoneSessionInput } from '@ly/forms/testing'
import type { Db } from '../db/database'
import { insertRecord } from '../db/records'
import type { RuleKey } from './rules'

/**
 * A centre's 2025 built to hold exactly one of each kind of problem the quality check looks
 * for (and one clean record of each kind that holds none), checked on 2026-03-02 (the test
 * clock's day). Records are written straight through the storage layer, as imported or
 * older history would be: the forms' own validation would refuse several of them. Every
 * answer and case code is invented.
 */
export const QUALITY_FIXTURE_YEAR = 2025
export const QUALITY_FIXTURE_TODAY = '2026-03-02'

export interface QualityFixture {
  /** The records each rule must find, by rule. */
  expected: Record<RuleKey, string[]>
  /** Records no rule may find. */
  clean: string[]
}

const complete = { first_stay_in_year: 'yes' } as const

export async function seedQualityFixture(db: Db, centreId: string, now: Date): Promise<QualityFixture> {
  const add = (form: FormDef, input: object, parentId?: string) =>
    db.transaction().execute((trx) => insertRecord(trx, form, centreId, null, { ...emptyRecord(form), ...(input as RecordValues) }, now, parentId))
  const adult = (start: string, end: string | null, extra: object = {}) =>
    add(adultStayForm, { ...adultStayInput({ stay_start_date: start, ...complete }), ...(end === null ? {} : adultCheckOut(end)), ...extra })
  const child = (parentId: string, start: string, end: string | null) =>
    add(childStayForm, { ...childStayInput({ stay_start_date: start }), ...(end === null ? {} : childCheckOut(end)) }, parentId)
  const visit = (date: string, extra: object = {}) => add(dayVisitForm, { ...dayVisitInput({ visit_date: date }), ...extra })
  const coded = (code: string) => ({ case_code: code, first_stay_in_year: null, first_visit_in_year: null, first_session_in_year: null })

  const missing = await add(adultStayForm, { ...adultStayInput({ stay_start_date: '2025-01-10', ...complete }), stay_end_date: '2025-02-10' })
  const longOpen = await adult('2024-11-01', null)
  const adultA = await adult('2025-03-01', '2025-03-20')
  const childBefore = await child(adultA, '2025-02-25', '2025-03-10')
  const adultB = await adult('2025-04-01', '2025-04-10')
  const childLeft = await child(adultB, '2025-04-01', null)
  const overlapA = await adult('2025-05-01', '2025-05-20', coded('QK7PX'))
  const overlapB = await adult('2025-05-10', '2025-05-30', coded('QK7PX'))
  const firstInYear = await visit('2025-06-01', { first_visit_in_year: null })
  const future = await adult('2025-07-01', '2026-06-01')
  const notAllowed = await visit('2025-08-01', { visit_location: 'by_letter' })
  const twoOffersVisit = await visit('2025-09-01', coded('QK8MW'))
  const twoOffersSession = await add(phoneSessionForm, { ...phoneSessionInput({ session_date: '2025-09-01', offer: 'men', sex: 'male' }), ...coded('QK8MW') })
  const sexA = await visit('2025-10-01', coded('QK9TR'))
  const sexB = await visit('2025-10-15', { ...coded('QK9TR'), sex: 'male' })

  const cleanAdult = await adult('2025-11-01', '2025-11-20')
  const cleanChild = await child(cleanAdult, '2025-11-02', '2025-11-19')
  const cleanVisit = await visit('2025-11-05')
  const cleanSession = await add(phoneSessionForm, phoneSessionInput({ session_date: '2025-11-06' }))
  // Another year's problem is not this year's: a visit of 2024 without its first-in-year answer.
  await visit('2024-06-01', { first_visit_in_year: null })

  return {
    expected: {
      missing_answers: [missing],
      long_open_stay: [longOpen],
      child_outside_adult: [childBefore],
      child_without_adult: [childLeft],
      overlapping_stays: [overlapA, overlapB],
      first_in_year_unanswered: [firstInYear],
      future_date: [future],
      value_not_allowed: [notAllowed],
      case_code_two_offers: [twoOffersVisit, twoOffersSession],
      contradicting_answers: [sexA, sexB],
    },
    clean: [cleanAdult, cleanChild, cleanVisit, cleanSession, adultA, adultB],
  }
}
