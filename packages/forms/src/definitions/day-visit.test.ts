import { describe, expect, it } from 'vitest'
import { allFields, findField, recordSchema, clearInactive, isFieldActive, emptyRecord, storageColumns, multiFields } from '../index'
import { bareDayVisitInput, dayVisitInput } from '../testing/factories'
import { dayVisitForm } from './day-visit'

const schema = recordSchema(dayVisitForm, { today: '2026-06-30' })
const issuesOf = (input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

describe('day_visit definition', () => {
  it('has every field of data-dictionary §2.2 under its dictionary key', () => {
    const keys = allFields(dayVisitForm).map((f) => f.key)
    for (const key of [
      'consent_to_statistics',
      'offer',
      'visit_date',
      'visit_location',
      'first_visit_in_year',
      'sex',
      'age',
      'civil_status',
      'parents_born_abroad',
      'impairment',
      'work_income',
      'municipality_affiliation',
      'children_under_18_in_household',
      'brought_children',
      'children_brought_count',
      'concern_report_to_child_welfare',
      'contact_route',
      'prior_contact',
      'first_contact_year',
      'previous_stays_count',
      'violence_types',
      'perpetrator_relation',
      'perpetrator_sex',
      'perpetrator_count',
      'assistance',
      'agencies_before_visit',
      'agencies_at_visit',
      'interpreter',
    ])
      expect(keys).toContain(key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys[0]).toBe('consent_to_statistics') // consent is the first question
  })

  it('gives every field and every option a Norwegian label and unique keys', () => {
    for (const field of allFields(dayVisitForm)) {
      expect(field.label.trim()).not.toBe('')
      if ('options' in field) {
        expect(new Set(field.options.map((o) => o.key)).size).toBe(field.options.length)
        for (const o of field.options) expect(o.label.trim(), `${field.key}.${o.key}`).not.toBe('')
      }
    }
  })

  it('accepts a valid consenting record and fills unanswered questions with null or []', () => {
    const r = schema.safeParse(dayVisitInput())
    expect(r.success).toBe(true)
    const minimal = schema.parse({ consent_to_statistics: true, offer: 'men', visit_date: '2026-01-05', first_visit_in_year: 'unknown' })
    expect(minimal.sex).toBeNull()
    expect(minimal.violence_types).toEqual([])
  })

  it('accepts a bare event without consent', () => {
    expect(issuesOf(bareDayVisitInput({ case_code: 'ab12' }))).toEqual([])
  })

  it('refuses any answer beyond the bare event without consent', () => {
    const issues = issuesOf({ ...dayVisitInput(), consent_to_statistics: false })
    expect(issues.length).toBeGreaterThan(10)
    expect(issues).toContainEqual({ path: 'sex', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    expect(issues).toContainEqual({ path: 'violence_types', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    expect(issues.map((i) => i.path)).not.toContain('visit_date')
  })

  it('requires consent, offer and date', () => {
    expect(issuesOf({})).toEqual([
      { path: 'consent_to_statistics', message: 'Må besvares.' },
      { path: 'offer', message: 'Må besvares.' },
      { path: 'visit_date', message: 'Må besvares.' },
    ])
  })

  it('refuses unknown fields, wrong types, future dates and impossible dates', () => {
    expect(issuesOf(dayVisitInput({ name: 'x' } as never))).toContainEqual({ path: '', message: 'Ukjent felt.' })
    expect(issuesOf(dayVisitInput({ age: '34' as never }))).toContainEqual({ path: 'age', message: 'Må være et tall.' })
    expect(issuesOf(dayVisitInput({ age: 12 }))).toContainEqual({ path: 'age', message: 'Må være minst 16 år.' })
    expect(issuesOf(dayVisitInput({ visit_date: '2026-07-01' }))).toContainEqual({ path: 'visit_date', message: 'Datoen kan ikke være etter i dag.' })
    expect(issuesOf(dayVisitInput({ visit_date: '2026-02-30' }))).toContainEqual({ path: 'visit_date', message: 'Må være en gyldig dato.' })
    expect(issuesOf(dayVisitInput({ sex: 'unknown' as never }))).toContainEqual({ path: 'sex', message: 'Ugyldig valg.' })
  })

  it('applies skip logic: answers to questions that do not apply are refused', () => {
    expect(issuesOf(dayVisitInput({ children_under_18_in_household: false, brought_children: true, children_brought_count: null, concern_report_to_child_welfare: null }))).toEqual(
      [{ path: 'brought_children', message: 'Spørsmålet gjelder ikke ut fra de andre svarene og skal stå tomt.' }],
    )
    expect(issuesOf(dayVisitInput({ prior_contact: ['phone'], first_contact_year: 2020 }))).toEqual([
      { path: 'first_contact_year', message: 'Spørsmålet gjelder ikke ut fra de andre svarene og skal stå tomt.' },
    ])
    expect(issuesOf(dayVisitInput({ prior_contact: ['resident'], first_contact_year: 2020, previous_stays_count: 2 }))).toEqual([])
  })

  it('asks «første dagsbesøk i år» of every consenting visit, three ways, and requires an answer without a case code (decision 0037)', () => {
    const field = findField(dayVisitForm, 'first_visit_in_year')
    expect(field).toMatchObject({ kind: 'single', required: true })
    expect(field && 'options' in field ? field.options.map((o) => [o.key, o.label]) : []).toEqual([
      ['yes', 'Ja'],
      ['no', 'Nei'],
      ['unknown', 'Vet ikke'],
    ])
    for (const answer of ['yes', 'no', 'unknown'] as const) expect(issuesOf(dayVisitInput({ first_visit_in_year: answer }))).toEqual([])
    // With a case code too: Ly suggests the answer, staff may change it.
    expect(issuesOf(dayVisitInput({ case_code: 'AB12', first_visit_in_year: 'no' }))).toEqual([])
    expect(issuesOf(dayVisitInput({ first_visit_in_year: null }))).toEqual([{ path: 'first_visit_in_year', message: 'Må besvares.' }])
    // With a code a blank is no miscount: the code places the person.
    expect(issuesOf(dayVisitInput({ case_code: 'AB12', first_visit_in_year: null }))).toEqual([])
    expect(issuesOf(dayVisitInput({ first_visit_in_year: true as never }))).toEqual([{ path: 'first_visit_in_year', message: 'Ugyldig valg.' }])
    // Without consent it is not asked: a bare event cannot say whose first it is.
    expect(issuesOf(bareDayVisitInput())).toEqual([])
    expect(issuesOf(bareDayVisitInput({ first_visit_in_year: 'yes' }))).toEqual([{ path: 'first_visit_in_year', message: 'Kan ikke lagres uten samtykke til statistikk.' }])
    // Imported history may leave it unanswered (stored «ikke besvart»), as files of that time could.
    const history = recordSchema(dayVisitForm, { today: '2026-06-30', history: true })
    expect(history.safeParse(dayVisitInput({ first_visit_in_year: null })).success).toBe(true)
  })

  it('skip logic hides and clears a whole chain of questions', () => {
    const values = schema.parse(dayVisitInput())
    const cleared = clearInactive(dayVisitForm, { ...values, children_under_18_in_household: false })
    expect(cleared).toMatchObject({ brought_children: null, children_brought_count: null, concern_report_to_child_welfare: null })
    const field = allFields(dayVisitForm).find((f) => f.key === 'children_brought_count')!
    expect(isFieldActive(dayVisitForm, field, cleared)).toBe(false)
    const bare = clearInactive(dayVisitForm, { ...values, consent_to_statistics: false })
    expect(bare).toMatchObject({ offer: 'women', visit_date: '2026-03-02', sex: null, assistance: [] })
  })

  it('checks the first-contact year against the visit year', () => {
    expect(issuesOf(dayVisitInput({ first_contact_year: 2027 }))).toContainEqual({ path: 'first_contact_year', message: 'Kan ikke være senere enn 2026.' })
  })

  it('refuses exclusive options combined with others, and retired options for new years', () => {
    expect(issuesOf(dayVisitInput({ impairment: ['none', 'cognitive'] }))).toContainEqual({
      path: 'impairment',
      message: '«Ingen funksjonsnedsettelse» kan ikke kombineres med andre valg.',
    })
    expect(issuesOf(dayVisitInput({ assistance: ['threat_assessment'] }))).toContainEqual({
      path: 'assistance',
      message: '«Systematisk kartlegging av trusler/beskyttelsesbehov» kan ikke velges for registreringer i 2026.',
    })
    // An old record keeps its old option: a 2019 visit may still carry it.
    expect(issuesOf(dayVisitInput({ visit_date: '2019-05-01', first_contact_year: 2018, assistance: ['threat_assessment'], violence_types: ['physical'] }))).toEqual([])
  })

  it('screens free text for identifiers', () => {
    const withText = (t: string) => dayVisitInput({ violence_types: ['other'], violence_other_text: t })
    expect(issuesOf(withText('Stalking og trusler mot familien'))).toEqual([])
    expect(issuesOf(withText('ring 912 34 567'))[0]?.message).toMatch(/telefonnummer/)
    expect(issuesOf(withText('x@y.no'))[0]?.message).toMatch(/e-postadresse/)
    expect(issuesOf(withText('x'.repeat(201)))).toContainEqual({ path: 'violence_other_text', message: 'Kan ha høyst 200 tegn.' })
  })

  it('normalises case codes and refuses malformed ones', () => {
    expect(schema.parse(bareDayVisitInput({ case_code: ' k7m-2qx ' })).case_code).toBe('K7M2QX')
    expect(issuesOf(bareDayVisitInput({ case_code: 'æøå' }))).toEqual([{ path: 'case_code', message: 'Saksnummeret må være 4–16 bokstaver (A–Z) og tall.' }])
  })

  it('derives storage: a column per single-valued field and a choices table for multiple choice', () => {
    const columns = storageColumns(dayVisitForm).map((c) => `${c.name}:${c.type}`)
    expect(columns).toContain('consent_to_statistics:integer')
    expect(columns).toContain('visit_date:text')
    expect(columns).not.toContain('violence_types:text')
    expect(multiFields(dayVisitForm).map((f) => f.key)).toContain('violence_types')
    expect(Object.keys(emptyRecord(dayVisitForm))).toHaveLength(allFields(dayVisitForm).length)
  })
})
