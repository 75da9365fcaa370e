import { dayVisitForm, emptyRecord } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { draftToRecord, recordToDraft, UNKNOWN } from './draft'
import { isConsentRefused, shownFields } from './field-states'
import { parseNorwegianNumber } from './numbers'
import { choiceOptions, toggleChoice } from './options'

const record = (values: Record<string, unknown>) => ({ ...emptyRecord(dayVisitForm), ...values })

describe('drafts: what the form holds while typing', () => {
  it('shows dates and numbers the Norwegian way and reads them back', () => {
    const draft = recordToDraft(dayVisitForm, record({ visit_date: '2026-03-02', age: 34, first_contact_year: 1970, consent_to_statistics: true }))
    expect(draft).toMatchObject({ visit_date: '02.03.2026', age: '34', first_contact_year: '1970', consent_to_statistics: 'true', sex: '', impairment: [] })
    expect(draftToRecord(dayVisitForm, { ...draft, visit_date: '2.3.2026', age: ' 34 ' })).toMatchObject({ visit_date: '2026-03-02', age: 34, sex: null, impairment: [] })
  })

  it('keeps what it cannot read, for the schema to explain', () => {
    expect(draftToRecord(dayVisitForm, { visit_date: '31.02.2026', age: 'tretti' })).toMatchObject({ visit_date: '31.02.2026', age: 'tretti' })
    expect(parseNorwegianNumber('3,5')).toBe(3.5)
    expect(parseNorwegianNumber('1 970')).toBe(1970)
    expect(parseNorwegianNumber('−3')).toBe(-3)
    expect(parseNorwegianNumber('  ')).toBeNull()
  })

  it('shows an asked, unanswered yes/no question of a saved record as "Vet ikke"', () => {
    const saved = record({ consent_to_statistics: true, children_under_18_in_household: null })
    expect(recordToDraft(dayVisitForm, saved, { saved: true }).children_under_18_in_household).toBe(UNKNOWN)
    expect(recordToDraft(dayVisitForm, saved).children_under_18_in_household).toBe('')
    // Not asked (no consent): nothing to show.
    expect(recordToDraft(dayVisitForm, record({ consent_to_statistics: false }), { saved: true }).children_under_18_in_household).toBe('')
    expect(draftToRecord(dayVisitForm, { children_under_18_in_household: UNKNOWN }).children_under_18_in_household).toBeNull()
  })
})

describe('field states', () => {
  it('hides follow-ups whose condition fails, in a chain, whatever the consent', () => {
    const chain = record({ children_under_18_in_household: false, brought_children: true, children_brought_count: 2 })
    const shown = shownFields(dayVisitForm, chain)
    expect(shown.has('brought_children')).toBe(false)
    expect(shown.has('children_brought_count')).toBe(false)
    expect(shown.has('sex')).toBe(true)
    expect(isConsentRefused(dayVisitForm, chain)).toBe(false)
    expect(isConsentRefused(dayVisitForm, record({ consent_to_statistics: false }))).toBe(true)
  })
})

describe('choices', () => {
  const impairment = dayVisitForm.sections[1].fields.find((f) => f.key === 'impairment')!
  const options = choiceOptions(dayVisitForm, impairment, 2026, [])

  it('lets an exclusive option stand alone', () => {
    expect(toggleChoice(['reduced_vision', 'other'], 'none', true, options)).toEqual(['none'])
    expect(toggleChoice(['none'], 'reduced_vision', true, options)).toEqual(['reduced_vision'])
    expect(toggleChoice(['reduced_vision', 'other'], 'other', false, options)).toEqual(['reduced_vision'])
  })

  it("offers a year's options, and keeps an old record's retired choice visible", () => {
    const assistance = dayVisitForm.sections[5].fields.find((f) => f.key === 'assistance')!
    expect(choiceOptions(dayVisitForm, assistance, 2026, []).map((o) => o.key)).not.toContain('threat_assessment')
    // `since` dates the national series only: a centre's own 2020 record may hold the newer option.
    expect(choiceOptions(dayVisitForm, assistance, 2020, []).map((o) => o.key)).toContain('threat_assessment_by_centre')
    expect(choiceOptions(dayVisitForm, assistance, 2026, ['threat_assessment']).find((o) => o.key === 'threat_assessment')?.label).toMatch(/\(ikke i bruk i 2026\)$/)
  })
})
