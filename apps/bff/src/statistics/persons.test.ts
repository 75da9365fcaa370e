import { describe, expect, it } from 'vitest'
import { dayVisitForm } from '@ly/forms'
import type { LoadedRecord } from './load'
import { placeRecords } from './persons'

/** A consenting day visit (dates in order, as loadRecords gives them); synthetic codes. */
const visit = (id: string, date: string, first: 'yes' | 'no' | 'unknown' | null, caseCode: string | null = null): LoadedRecord => ({
  id,
  centreId: 'c1',
  values: { consent_to_statistics: true, visit_date: date, case_code: caseCode, first_visit_in_year: first },
})
const ids = (records: readonly LoadedRecord[]) => records.map((r) => r.id)

describe('placing records as persons (decision 0037)', () => {
  it('without a case code: «ja» is a person, «nei» an event, «Vet ikke» unknown, a blank unanswered', () => {
    const placed = placeRecords(dayVisitForm, [
      visit('ja', '2026-01-02', 'yes'),
      visit('nei', '2026-01-03', 'no'),
      visit('vet-ikke', '2026-01-04', 'unknown'),
      visit('blank', '2026-01-05', null),
    ])
    expect({ persons: ids(placed.persons), unknown: ids(placed.unknown), unanswered: ids(placed.unanswered) }).toEqual({
      persons: ['ja'],
      unknown: ['vet-ikke'],
      unanswered: ['blank'],
    })
  })

  it('with a case code: the code counts its person once, at its earliest record not answered «nei»', () => {
    const placed = placeRecords(dayVisitForm, [
      // «nei» on the code's first: staff know of an earlier visit without the code.
      visit('a1', '2026-01-02', 'no', 'KODEA'),
      visit('a2', '2026-02-02', null, 'KODEA'),
      visit('a3', '2026-03-02', 'yes', 'KODEA'),
      // «Vet ikke» or a blank with a code: the code places the person.
      visit('b1', '2026-01-10', 'unknown', 'KODEB'),
      visit('b2', '2026-01-11', 'yes', 'KODEB'),
      visit('c1', '2026-01-12', null, 'KODEC'),
    ])
    expect({ persons: ids(placed.persons), unknown: ids(placed.unknown), unanswered: ids(placed.unanswered) }).toEqual({ persons: ['a2', 'b1', 'c1'], unknown: [], unanswered: [] })
  })

  it('a bare event is nobody, whatever it holds', () => {
    const bare = { ...visit('bare', '2026-01-02', null), values: { consent_to_statistics: false, visit_date: '2026-01-02', case_code: null, first_visit_in_year: null } }
    expect(placeRecords(dayVisitForm, [bare])).toEqual({ persons: [], unknown: [], unanswered: [] })
  })
})
