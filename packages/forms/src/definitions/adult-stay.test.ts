import { describe, expect, it } from 'vitest'
import { allFields, clearInactive, missingAnswers, multiFields, recordCompleteness, recordSchema, storageColumns } from '../index'
import { adultCheckOut, adultStayInput, bareAdultStayInput } from '../testing/stay-factories'
import { adultStayForm } from './adult-stay'

const schema = recordSchema(adultStayForm, { today: '2026-03-02' })
const issuesOf = (input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}
const NOT_APPLICABLE = 'Spørsmålet gjelder ikke ut fra de andre svarene og skal stå tomt.'

describe('adult_stay definition', () => {
  it('has every field of data-dictionary §2.1 under its dictionary key, consent first', () => {
    const keys = allFields(adultStayForm).map((f) => f.key)
    for (const key of [
      'consent_to_statistics',
      'offer',
      'stay_start_date',
      'stay_end_date',
      'first_stay_in_year',
      'sex',
      'age',
      'parents_born_abroad',
      'civil_status',
      'work_income',
      'municipality_affiliation',
      'impairment',
      'brought_children',
      'children_brought_count',
      'previous_stays_count',
      'violence_types',
      'violence_other_text',
      'violence_duration',
      'perpetrator_relation',
      'perpetrator_sex',
      'perpetrator_parents_born_abroad',
      'perpetrator_count',
      'contact_route',
      'agencies_before_stay',
      'agencies_during_stay',
      'assistance',
      'assistance_other_text',
      'individual_plan',
      'destination_after_stay',
      'destination_other_text',
      'police_report',
      'no_report_reason_text',
      'has_pet',
      'delayed_help_due_to_pet',
      'interpreter',
      'rosa_case',
    ])
      expect(keys).toContain(key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys[0]).toBe('consent_to_statistics')
    // Nights are derived from the dates (decision 4), never typed in.
    expect(keys).not.toContain('overnight_days')
  })

  it('gives every field and option a Norwegian label, unique keys, and list fields that are single-valued', () => {
    for (const field of allFields(adultStayForm)) {
      expect(field.label.trim()).not.toBe('')
      if ('options' in field) {
        expect(new Set(field.options.map((o) => o.key)).size).toBe(field.options.length)
        for (const o of field.options) expect(o.label.trim(), `${field.key}.${o.key}`).not.toBe('')
      }
    }
    const columns = storageColumns(adultStayForm).map((c) => c.name)
    for (const key of adultStayForm.listFields) expect(columns).toContain(key)
  })

  it('holds VS-15 with the 2021 threat-assessment split and the check-out questions in the check-out phase', () => {
    const assistance = allFields(adultStayForm).find((f) => f.key === 'assistance')!
    const keys = 'options' in assistance ? assistance.options.map((o) => o.key) : []
    expect(keys).toHaveLength(25) // 23 items of S3 Tabell 9, threat assessment split in two
    expect(keys).toEqual(expect.arrayContaining(['threat_assessment', 'threat_assessment_by_centre', 'threat_assessment_by_others', 'plan_after_stay', 'other']))
    const checkOut = adultStayForm.sections.find((s) => s.phase === 'check_out')!.fields.map((f) => f.key)
    expect(checkOut).toEqual(expect.arrayContaining(['stay_end_date', 'assistance', 'destination_after_stay', 'police_report', 'individual_plan']))
  })

  it('accepts a valid stay at check-in and at check-out', () => {
    expect(issuesOf(adultStayInput())).toEqual([])
    expect(issuesOf(adultStayInput(adultCheckOut('2026-02-20')))).toEqual([])
  })

  it('accepts a bare event without consent and refuses any other answer', () => {
    expect(issuesOf(bareAdultStayInput({ stay_end_date: '2026-02-03', case_code: 'AB12' }))).toEqual([])
    const issues = issuesOf({ ...adultStayInput(adultCheckOut('2026-02-20')), consent_to_statistics: false })
    expect(issues).toContainEqual({ path: 'sex', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    expect(issues).toContainEqual({ path: 'assistance', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    expect(issues.map((i) => i.path)).not.toContain('stay_end_date')
  })

  it('requires consent, offer and check-in date', () => {
    expect(issuesOf({})).toEqual([
      { path: 'consent_to_statistics', message: 'Må besvares.' },
      { path: 'offer', message: 'Må besvares.' },
      { path: 'stay_start_date', message: 'Må besvares.' },
    ])
  })

  it('refuses check-out before check-in, future dates and ages under 16', () => {
    expect(issuesOf(adultStayInput({ stay_end_date: '2026-01-31' }))).toContainEqual({ path: 'stay_end_date', message: 'Utflyttingsdatoen kan ikke være før innflyttingsdatoen.' })
    expect(issuesOf(adultStayInput({ stay_end_date: '2026-02-01' }))).toEqual([]) // a same-day stay
    expect(issuesOf(adultStayInput({ stay_end_date: '2026-03-03' }))).toContainEqual({ path: 'stay_end_date', message: 'Datoen kan ikke være etter i dag.' })
    expect(issuesOf(adultStayInput({ stay_start_date: '2026-03-03' }))).toContainEqual({ path: 'stay_start_date', message: 'Datoen kan ikke være etter i dag.' })
    expect(issuesOf(adultStayInput({ age: 15 }))).toContainEqual({ path: 'age', message: 'Må være minst 16 år.' })
    expect(issuesOf(adultStayInput({ age: 16 }))).toEqual([])
  })

  it('applies skip logic and clears hidden answers in a chain', () => {
    expect(issuesOf(adultStayInput({ brought_children: false }))).toEqual([{ path: 'children_brought_count', message: NOT_APPLICABLE }])
    expect(issuesOf(adultStayInput({ case_code: 'AB12' }))).toEqual([])
    expect(issuesOf(adultStayInput({ rosa_case: true }))).toContainEqual({ path: 'rosa_case', message: NOT_APPLICABLE })
    expect(issuesOf(adultStayInput({ violence_types: ['human_trafficking'], rosa_case: true }))).toEqual([])
    const values = schema.parse(adultStayInput({ ...adultCheckOut('2026-02-20'), police_report: 'does_not_want_to_report', no_report_reason_text: 'Redd for konsekvenser' }))
    expect(clearInactive(adultStayForm, { ...values, police_report: 'reported_by_self' })).toMatchObject({ no_report_reason_text: null })
    expect(clearInactive(adultStayForm, { ...values, has_pet: false, delayed_help_due_to_pet: true })).toMatchObject({ delayed_help_due_to_pet: null })
  })

  it('labels options by the check-in year: the single threat assessment only before 2021', () => {
    expect(issuesOf(adultStayInput({ ...adultCheckOut('2026-02-20'), assistance: ['threat_assessment'] }))).toContainEqual({
      path: 'assistance',
      message: '«Systematisk kartlegging av trusler/beskyttelsesbehov» kan ikke velges for registreringer i 2026.',
    })
    // A stay that began in 2020 and ended in 2021 is a 2020 registration for its options.
    expect(issuesOf(adultStayInput({ stay_start_date: '2020-12-20', ...adultCheckOut('2021-01-10'), assistance: ['threat_assessment'] }))).toEqual([])
  })

  it('accepts a centre’s own record of an option before its national series starts (`since` is national only)', () => {
    // Sexual violence against the user: national series from 2017, yet Sarpsborg registered it in 2016 (S1:332-334).
    expect(issuesOf(adultStayInput({ stay_start_date: '2016-03-01', violence_types: ['sexual_against_user'] }))).toEqual([])
  })

  it('lists what is missing: check-in answers while open, end-of-stay answers after check-out', () => {
    const open = schema.parse(adultStayInput({ sex: null }))
    expect(missingAnswers(adultStayForm, open)).toEqual([{ key: 'sex', label: 'Kjønn' }])
    expect(recordCompleteness(adultStayForm, open)).toBe('open')
    const checkedOut = schema.parse(adultStayInput({ stay_end_date: '2026-02-20' }))
    expect(missingAnswers(adultStayForm, checkedOut).map((m) => m.key)).toEqual(['assistance', 'police_report', 'destination_after_stay'])
    expect(recordCompleteness(adultStayForm, checkedOut)).toBe('incomplete')
    expect(recordCompleteness(adultStayForm, schema.parse(adultStayInput(adultCheckOut('2026-02-20'))))).toBe('complete')
    // «Første opphold i år» may wait until check-out (decision 0037); «Vet ikke» is an answer,
    // and with a case code a blank is not missing: the code finds the first stay.
    const unanswered = schema.parse(adultStayInput({ ...adultCheckOut('2026-02-20'), first_stay_in_year: null }))
    expect(missingAnswers(adultStayForm, unanswered).map((m) => m.key)).toEqual(['first_stay_in_year'])
    expect(missingAnswers(adultStayForm, schema.parse(adultStayInput({ ...adultCheckOut('2026-02-20'), first_stay_in_year: null, case_code: 'AB12' })))).toEqual([])
    expect(missingAnswers(adultStayForm, schema.parse(adultStayInput({ ...adultCheckOut('2026-02-20'), first_stay_in_year: 'unknown' })))).toEqual([])
    // Without consent nothing is missing.
    expect(recordCompleteness(adultStayForm, schema.parse(bareAdultStayInput({ stay_end_date: '2026-02-02' })))).toBe('complete')
  })

  it('stores single answers in columns and multiple choices in the choices table', () => {
    const columns = storageColumns(adultStayForm).map((c) => `${c.name}:${c.type}`)
    expect(columns).toEqual(expect.arrayContaining(['stay_start_date:text', 'stay_end_date:text', 'age:integer', 'rosa_case:integer']))
    expect(multiFields(adultStayForm).map((f) => f.key)).toEqual([
      'impairment',
      'work_income',
      'agencies_before_stay',
      'violence_types',
      'perpetrator_relation',
      'perpetrator_sex',
      'assistance',
      'agencies_during_stay',
    ])
  })
})
