import { describe, expect, it } from 'vitest'
import { adultStayDateIssues, allFields, childStayDateIssues, clearInactive, missingAnswers, recordMetaColumns, recordSchema } from '../index'
import { bareChildStayInput, childCheckOut, childStayInput } from '../testing/stay-factories'
import { childStayForm } from './child-stay'

const schema = recordSchema(childStayForm, { today: '2026-03-02' })
const issuesOf = (input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

describe('child_stay definition', () => {
  it('has every field of data-dictionary §2.3 under its dictionary key, linked to the adult stay', () => {
    const keys = allFields(childStayForm).map((f) => f.key)
    for (const key of [
      'consent_to_statistics',
      'offer',
      'stay_start_date',
      'stay_end_date',
      'first_stay_in_year',
      'sex',
      'age',
      'parents_born_abroad',
      'previous_stays_count',
      'perpetrator_relation',
      'contact_with_perpetrator_during_stay',
      'daycare_school_status',
      'daycare_school_continued',
      'discontinuation_reason_text',
      'organised_leisure',
      'organised_leisure_continued',
      'impairment',
      'assistance',
      'child_welfare_already_involved',
      'child_welfare_contact_established',
      'concern_report_sent',
      'destination_after_stay',
    ])
      expect(keys).toContain(key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys[0]).toBe('consent_to_statistics')
    // The link is a column, not a question; consent and offer are the adult's.
    expect(recordMetaColumns(childStayForm).map((c) => c.name)).toContain('adult_stay_id')
    expect(childStayForm.parent).toEqual({ form: 'adult_stay', column: 'adult_stay_id', inherits: ['consent_to_statistics', 'offer'] })
  })

  it('gives every option a Norwegian label; VS-17 has an exclusive "Ingen bistand"', () => {
    for (const field of allFields(childStayForm)) {
      expect(field.label.trim()).not.toBe('')
      if ('options' in field) for (const o of field.options) expect(o.label.trim(), `${field.key}.${o.key}`).not.toBe('')
    }
    expect(issuesOf(childStayInput({ ...childCheckOut('2026-02-10'), assistance: ['none', 'primary_contact'] }))).toContainEqual({
      path: 'assistance',
      message: '«Ingen bistand» kan ikke kombineres med andre valg.',
    })
  })

  it('accepts a valid child stay, and a bare event without consent', () => {
    expect(issuesOf(childStayInput())).toEqual([])
    expect(issuesOf(childStayInput(childCheckOut('2026-02-10')))).toEqual([])
    expect(issuesOf(bareChildStayInput({ stay_end_date: '2026-02-10' }))).toEqual([])
    expect(issuesOf({ ...childStayInput(), consent_to_statistics: false })).toContainEqual({ path: 'age', message: 'Kan ikke lagres uten samtykke til statistikk.' })
  })

  it('takes ages 0–17 only', () => {
    expect(issuesOf(childStayInput({ age: 0 }))).toEqual([])
    expect(issuesOf(childStayInput({ age: 17 }))).toEqual([])
    expect(issuesOf(childStayInput({ age: 18 }))).toContainEqual({ path: 'age', message: 'Kan være høyst 17 år.' })
    expect(issuesOf(childStayInput({ age: -1 }))).toContainEqual({ path: 'age', message: 'Må være minst 0 år.' })
  })

  it('asks about continuing kindergarten/school only for enrolled children, and clears it otherwise', () => {
    const values = schema.parse(childStayInput(childCheckOut('2026-02-10')))
    const cleared = clearInactive(childStayForm, { ...values, daycare_school_status: 'neither_under_school_age' })
    expect(cleared).toMatchObject({ daycare_school_continued: null, discontinuation_reason_text: null })
    expect(issuesOf(childStayInput({ daycare_school_status: 'not_enrolled', daycare_school_continued: 'continued' }))[0]?.path).toBe('daycare_school_continued')
    expect(clearInactive(childStayForm, { ...values, organised_leisure: false })).toMatchObject({ organised_leisure_continued: null })
  })

  it('lists missing answers for the board and the check-out form', () => {
    expect(missingAnswers(childStayForm, schema.parse(childStayInput({ age: null })))).toEqual([{ key: 'age', label: 'Barnets alder ved innflytting' }])
    expect(missingAnswers(childStayForm, schema.parse(childStayInput({ stay_end_date: '2026-02-10' }))).map((m) => m.key)).toEqual(['assistance', 'destination_after_stay'])
  })
})

describe("a child's dates within the adult's stay", () => {
  const adult = { start: '2026-02-01', end: '2026-02-20' }
  it('allows arriving later and leaving earlier, same days included', () => {
    expect(childStayDateIssues(adult, { start: '2026-02-01', end: '2026-02-20' })).toEqual([])
    expect(childStayDateIssues(adult, { start: '2026-02-05', end: '2026-02-10' })).toEqual([])
    expect(childStayDateIssues({ start: '2026-02-01', end: null }, { start: '2026-02-03', end: null })).toEqual([])
  })
  it('refuses arriving before the adult or staying after the adult left', () => {
    expect(childStayDateIssues(adult, { start: '2026-01-31', end: '2026-02-10' })).toEqual([
      { path: 'stay_start_date', message: 'Barnet kan ikke flytte inn før den voksne (01.02.2026).' },
    ])
    expect(childStayDateIssues(adult, { start: '2026-02-02', end: '2026-02-21' })).toEqual([
      { path: 'stay_end_date', message: 'Barnet kan ikke flytte ut etter den voksne (20.02.2026).' },
    ])
    expect(childStayDateIssues(adult, { start: '2026-02-02', end: null })[0]?.path).toBe('stay_end_date')
    expect(childStayDateIssues(adult, { start: '2026-02-21', end: '2026-02-22' }).map((i) => i.path)).toEqual(['stay_start_date', 'stay_end_date'])
  })
  it("checks the adult's new dates against the children", () => {
    const children = [
      { start: '2026-02-03', end: '2026-02-10' },
      { start: '2026-02-01', end: null },
    ]
    expect(adultStayDateIssues({ start: '2026-02-01', end: null }, children)).toEqual([])
    expect(adultStayDateIssues({ start: '2026-02-02', end: null }, children)[0]?.message).toMatch(/flyttet inn 01\.02\.2026/)
    expect(adultStayDateIssues({ start: '2026-02-01', end: '2026-02-20' }, children)).toEqual([
      { path: 'stay_end_date', message: 'Ett barn i oppholdet bor fortsatt på senteret. Sjekk ut barna først, samme dag eller tidligere.' },
    ])
    expect(adultStayDateIssues({ start: '2026-02-01', end: '2026-02-09' }, [children[0]!])[0]?.message).toMatch(/flyttet ut 10\.02\.2026/)
  })
})
