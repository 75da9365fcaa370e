import { describe, expect, it } from 'vitest'
import { allFields, clearInactive, recordSchema, storageColumns } from '../index'
import { barePhoneSessionInput, phoneSessionInput } from '../testing/phone-factories'
import { phoneSessionForm } from './phone-session'

const schema = recordSchema(phoneSessionForm, { today: '2026-06-30' })
const issuesOf = (input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}
const NOT_APPLICABLE = 'Spørsmålet gjelder ikke ut fra de andre svarene og skal stå tomt.'

describe('phone_session definition', () => {
  it('has every field of data-dictionary §2.4 under its dictionary key, consent first', () => {
    const keys = allFields(phoneSessionForm).map((f) => f.key)
    for (const key of [
      'session_date',
      'channel',
      'qualifies_as_one_to_one',
      'reason_by_phone',
      'first_session_in_year',
      'sex',
      'prior_contact',
      'first_contact_year',
      'previous_stays_count',
      'consent_to_statistics',
      'offer',
      'case_code',
    ])
      expect(keys).toContain(key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys[0]).toBe('consent_to_statistics')
  })

  it('labels every field and option in Norwegian, and states the S0:44 rule in the help text', () => {
    for (const field of allFields(phoneSessionForm)) {
      expect(field.label.trim()).not.toBe('')
      if ('options' in field) for (const o of field.options) expect(o.label.trim(), `${field.key}.${o.key}`).not.toBe('')
    }
    const rule = allFields(phoneSessionForm).find((f) => f.key === 'qualifies_as_one_to_one')!
    expect(rule.help).toMatch(/strukturert og målrettet/)
    expect(rule.help).toMatch(/Korte telefonsamtaler/)
    expect(phoneSessionForm.sections[0].description).toBe(rule.help)
  })

  it('accepts a valid consenting record and a bare event', () => {
    expect(issuesOf(phoneSessionInput())).toEqual([])
    expect(issuesOf(barePhoneSessionInput({ case_code: 'AB12' }))).toEqual([])
    const parsed = schema.parse(barePhoneSessionInput())
    expect(parsed).toMatchObject({ sex: null, prior_contact: [], channel: null })
  })

  it('refuses any answer beyond the bare event without consent', () => {
    const issues = issuesOf(phoneSessionInput({ consent_to_statistics: false }))
    expect(issues).toContainEqual({ path: 'sex', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    expect(issues).toContainEqual({ path: 'channel', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    expect(issues).toContainEqual({ path: 'prior_contact', message: 'Kan ikke lagres uten samtykke til statistikk.' })
    expect(issues.map((i) => i.path)).not.toContain('qualifies_as_one_to_one')
    expect(issues.map((i) => i.path)).not.toContain('session_date')
  })

  it('cannot be saved unless the conversation is confirmed as a structured one-to-one', () => {
    expect(issuesOf(phoneSessionInput({ qualifies_as_one_to_one: false }))).toEqual([
      { path: 'qualifies_as_one_to_one', message: expect.stringMatching(/Korte, praktiske samtaler registreres ikke/) },
    ])
    expect(issuesOf(barePhoneSessionInput({ qualifies_as_one_to_one: null }))).toEqual([{ path: 'qualifies_as_one_to_one', message: 'Må besvares.' }])
    expect(issuesOf({})).toEqual([
      { path: 'consent_to_statistics', message: 'Må besvares.' },
      { path: 'offer', message: 'Må besvares.' },
      { path: 'session_date', message: 'Må besvares.' },
      { path: 'qualifies_as_one_to_one', message: 'Må besvares.' },
    ])
  })

  it('asks "first conversation in the year" of every consenting conversation, with «Vet ikke» (decision 0037)', () => {
    expect(issuesOf(phoneSessionInput({ case_code: 'AB12', first_session_in_year: 'unknown' }))).toEqual([])
    expect(issuesOf(phoneSessionInput({ first_session_in_year: null }))).toEqual([{ path: 'first_session_in_year', message: 'Må besvares.' }])
    expect(issuesOf(barePhoneSessionInput())).toEqual([])
  })

  it('asks the first-contact year after day-user or resident contact, and earlier stays after a stay', () => {
    expect(issuesOf(phoneSessionInput({ prior_contact: ['phone'], first_contact_year: 2020 }))).toEqual([{ path: 'first_contact_year', message: NOT_APPLICABLE }])
    expect(issuesOf(phoneSessionInput({ prior_contact: ['day_user'], previous_stays_count: 1 }))).toEqual([{ path: 'previous_stays_count', message: NOT_APPLICABLE }])
    expect(issuesOf(phoneSessionInput({ prior_contact: ['resident'], first_contact_year: 2019, previous_stays_count: 2 }))).toEqual([])
    expect(issuesOf(phoneSessionInput({ first_contact_year: 2027 }))).toContainEqual({ path: 'first_contact_year', message: 'Kan ikke være senere enn 2026.' })
    const cleared = clearInactive(phoneSessionForm, { ...schema.parse(phoneSessionInput({ prior_contact: ['resident'], previous_stays_count: 3 })), prior_contact: ['none'] })
    expect(cleared).toMatchObject({ first_contact_year: null, previous_stays_count: null })
  })

  it('refuses "none" combined with earlier contact, and unknown options', () => {
    expect(issuesOf(phoneSessionInput({ prior_contact: ['none', 'phone'] }))).toContainEqual({
      path: 'prior_contact',
      message: '«Ingen tidligere kontakt med krisesenter» kan ikke kombineres med andre valg.',
    })
    expect(issuesOf(phoneSessionInput({ channel: 'letter' as never }))).toContainEqual({ path: 'channel', message: 'Ugyldig valg.' })
  })

  it('stores a column per single-valued field and has no free text', () => {
    const columns = storageColumns(phoneSessionForm).map((c) => `${c.name}:${c.type}`)
    expect(columns).toEqual(expect.arrayContaining(['qualifies_as_one_to_one:integer', 'session_date:text', 'first_contact_year:integer']))
    expect(allFields(phoneSessionForm).filter((f) => f.kind === 'text')).toEqual([])
  })
})
