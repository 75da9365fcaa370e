import { describe, expect, it } from 'vitest'
import { allFields, checkCentreOptions, effectiveOptions, localOptionKey, recordSchema, type SingleField } from '../index'
import { detailedCallInput, quickCallInput } from '../testing/phone-factories'
import { incomingCallForm } from './incoming-call'

const schema = recordSchema(incomingCallForm, { today: '2026-06-30' })
const issuesOf = (input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}
const NOT_APPLICABLE = 'Spørsmålet gjelder ikke ut fra de andre svarene og skal stå tomt.'
const callerType = allFields(incomingCallForm).find((f) => f.key === 'caller_type') as SingleField

describe('incoming_call definition', () => {
  it('has every field of data-dictionary §2.5, and no consent, case code or free text', () => {
    const keys = allFields(incomingCallForm).map((f) => f.key)
    for (const key of ['call_date', 'in_scope', 'is_crisis_call', 'caller_type', 'on_behalf_of_self', 'call_reason', 'minority_language_background']) {
      expect(keys).toContain(key)
    }
    expect(incomingCallForm).not.toHaveProperty('consentField')
    expect(allFields(incomingCallForm).map((f) => f.kind)).not.toContain('text')
    expect(allFields(incomingCallForm).map((f) => f.kind)).not.toContain('case_code')
  })

  it("defaults to Sarpsborg's caller categories, every option labelled", () => {
    expect(callerType.options.map((o) => o.key)).toEqual([
      'woman_private',
      'man_private',
      'child_welfare',
      'police',
      'nav',
      'other_crisis_centre',
      'health_services',
      'other_agencies_orgs',
      'lawyer',
    ])
    for (const field of allFields(incomingCallForm)) {
      expect(field.label.trim()).not.toBe('')
      if ('options' in field) for (const o of field.options) expect(o.label.trim(), `${field.key}.${o.key}`).not.toBe('')
    }
  })

  it('accepts the quick-entry minimum and a call with every detail', () => {
    expect(issuesOf(quickCallInput())).toEqual([])
    expect(issuesOf(detailedCallInput())).toEqual([])
    expect(schema.parse(quickCallInput())).toMatchObject({ is_crisis_call: null, call_reason: null })
  })

  it('requires offer, date and scope, and a caller category for in-scope calls only', () => {
    expect(issuesOf({})).toEqual([
      { path: 'offer', message: 'Må besvares.' },
      { path: 'call_date', message: 'Må besvares.' },
      { path: 'in_scope', message: 'Må besvares.' },
    ])
    expect(issuesOf(quickCallInput({ caller_type: null }))).toEqual([{ path: 'caller_type', message: 'Må besvares.' }])
    expect(issuesOf({ offer: 'women', call_date: '2026-03-02', in_scope: false })).toEqual([])
  })

  it('an administrative call carries no details', () => {
    expect(
      issuesOf(quickCallInput({ in_scope: false, call_reason: 'guidance' }))
        .map((i) => i.path)
        .sort(),
    ).toEqual(['call_reason', 'caller_type'])
  })

  it('asks "on behalf of self" of private callers only', () => {
    expect(issuesOf(quickCallInput({ caller_type: 'man_private', on_behalf_of_self: false }))).toEqual([])
    expect(issuesOf(quickCallInput({ caller_type: 'police', on_behalf_of_self: true }))).toEqual([{ path: 'on_behalf_of_self', message: NOT_APPLICABLE }])
  })

  it('refuses unknown keys, malformed categories and future dates', () => {
    expect(issuesOf({ ...quickCallInput(), note: 'x' })).toContainEqual({ path: '', message: 'Ukjent felt.' })
    expect(issuesOf(quickCallInput({ caller_type: 'Politi!' }))).toEqual([{ path: 'caller_type', message: 'Ugyldig valg.' }])
    expect(issuesOf(quickCallInput({ call_date: '2026-07-01' }))).toEqual([{ path: 'call_date', message: 'Datoen kan ikke være etter i dag.' }])
  })
})

describe('centre caller categories', () => {
  const row = (key: string, over: Partial<{ label: string | null; retiredAt: string | null; sortOrder: number | null; version: number }> = {}) => ({
    key,
    label: null,
    retiredAt: null,
    sortOrder: null,
    version: 1,
    ...over,
  })

  it('renames, retires, reorders and adds without touching the keys', () => {
    const list = effectiveOptions(callerType, [
      row('nav', { label: 'NAV-kontoret', sortOrder: -1 }),
      row('lawyer', { retiredAt: '2026-02-01T10:00:00.000Z' }),
      row('local_familievernkontoret', { label: 'Familievernkontoret', sortOrder: 20 }),
    ])
    expect(list[0]).toEqual({ key: 'nav', label: 'NAV-kontoret', local: false, retired: false, sortOrder: -1, version: 1 })
    expect(list.find((o) => o.key === 'lawyer')).toMatchObject({ label: 'Advokat', retired: true })
    expect(list.at(-1)).toMatchObject({ key: 'local_familievernkontoret', local: true })
    expect(list.find((o) => o.key === 'police')).toMatchObject({ version: 0, local: false })
    expect(list).toHaveLength(10)
  })

  it('new registrations cannot choose a retired category; a record that held it keeps it', () => {
    const list = effectiveOptions(callerType, [row('lawyer', { retiredAt: '2026-02-01T10:00:00.000Z' })])
    const values = schema.parse(quickCallInput({ caller_type: 'lawyer' }))
    expect(checkCentreOptions(incomingCallForm, values, { caller_type: list })).toEqual([
      { path: 'caller_type', message: '«Advokat» er tatt ut av bruk og kan ikke velges for nye registreringer.' },
    ])
    expect(checkCentreOptions(incomingCallForm, values, { caller_type: list }, { caller_type: 'lawyer' })).toEqual([])
    expect(checkCentreOptions(incomingCallForm, { ...values, caller_type: 'local_x' }, { caller_type: list })).toEqual([{ path: 'caller_type', message: 'Ugyldig valg.' }])
  })

  it('makes keys for new categories from their labels, never twice the same', () => {
    expect(localOptionKey('Krisesenter i Sverige', new Set())).toBe('local_krisesenter_i_sverige')
    expect(localOptionKey('Pårørende – Ærlig ønske', new Set())).toBe('local_parorende_aerlig_onske')
    expect(localOptionKey('Skole', new Set(['local_skole']))).toBe('local_skole_2')
    expect(localOptionKey('???', new Set())).toBe('local_kategori')
  })
})
