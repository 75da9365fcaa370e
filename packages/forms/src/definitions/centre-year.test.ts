import { describe, expect, it } from 'vitest'
import { allFields, carryForward, findField, formInYear, optionLabelIn, recordSchema, storageColumns, type MultiField } from '../index'
import { centreForms, forms } from '../registry'
import { centreYearInput } from '../testing/centre-year-factories'
import { centreYearForm } from './centre-year'

const schema = recordSchema(centreYearForm, { today: '2026-06-30' })
const issuesOf = (input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}
const multi = (key: string) => findField(centreYearForm, key) as MultiField
const NOT_APPLICABLE = 'Spørsmålet gjelder ikke ut fra de andre svarene og skal stå tomt.'

/** data-dictionary §6: each part's section and the keys the dictionary gives (or Ly defines) for it. */
const PARTS: Record<string, { section: string; keys: string[] }> = {
  '6.1': {
    section: 'organisation',
    keys: [
      'organisation_form',
      'user_facing_fte',
      'staff_count',
      'staff_education',
      'fixed_beds',
      'round_the_clock_staffing',
      'residential_offer_full',
      'action_when_full',
      'accessible_for_groups',
      'mens_offer_location',
      'longest_travel_km',
      'premises_suitable',
      'pets_offer',
      'municipality_funding',
    ],
  },
  '6.2': { section: 'residents_offers', keys: ['residents_offers'] },
  '6.3': { section: 'procedures', keys: ['residents_procedures', 'children_procedures', 'day_user_procedures', 'interpreter_routines'] },
  '6.4': { section: 'children_offers', keys: ['children_offers'] },
  '6.5': { section: 'day_user_offers', keys: ['day_user_offers'] },
  '6.6': { section: 'relatives_offers', keys: ['relatives_offers'] },
  '6.7': { section: 'security', keys: ['security_measures'] },
  '6.8': { section: 'police', keys: ['police_assessed_buildings_security', 'police_assessment_written'] },
  '6.9': { section: 'user_participation', keys: ['has_feedback_routines', 'feedback_methods'] },
  '6.10': { section: 'outreach', keys: ['outreach', 'has_website', 'website_adapted_visually_impaired', 'website_other_languages'] },
  '6.11': { section: 'staff', keys: ['special_competence', 'child_responsible_staff', 'competence_plan', 'external_supervision_routines', 'rvts_cooperation'] },
  '6.12': { section: 'cooperation', keys: ['participates_in_municipal_fora', 'case_cooperation_with', 'written_agreement_with'] },
  '6.13': { section: 'accessibility', keys: ['accessibility_measures'] },
  '6.14': { section: 'internal_control', keys: ['internal_control_conducted'] },
}

describe('centre_year definition', () => {
  it('is the annual centre form: one record per offer and year, no consent, no case code', () => {
    expect(centreYearForm.key).toBe('centre_year')
    expect(centreYearForm.dateField).toBe('report_year')
    expect(centreYearForm).not.toHaveProperty('consentField')
    expect(allFields(centreYearForm).map((f) => f.kind)).not.toContain('case_code')
    expect(centreForms.centre_year).toBe(centreYearForm)
    // Not a registration of persons or events: statistics, interchange and demo data skip it.
    expect(Object.keys(forms)).not.toContain('centre_year')
  })

  it.each(Object.entries(PARTS))('has part %s of data-dictionary §6 with its keys', (_part, { section, keys }) => {
    const found = centreYearForm.sections.find((s) => s.key === section)
    expect(found, section).toBeDefined()
    expect(found!.fields.map((f) => f.key)).toEqual(expect.arrayContaining(keys))
  })

  it('gives every field and every option a Norwegian label and unique keys', () => {
    const keys = allFields(centreYearForm).map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const field of allFields(centreYearForm)) {
      expect(field.label.trim(), field.key).not.toBe('')
      if (!('options' in field)) continue
      expect(new Set(field.options.map((o) => o.key)).size, field.key).toBe(field.options.length)
      for (const o of field.options) {
        expect(o.label.trim(), `${field.key}.${o.key}`).not.toBe('')
        for (const former of o.formerLabels ?? []) expect(former.label.trim(), `${field.key}.${o.key}`).not.toBe('')
      }
    }
  })

  it("uses the dictionary's keys for the security measures (§6.7)", () => {
    expect(multi('security_measures').options.map((o) => o.key)).toEqual([
      'door_intercom',
      'entrance_camera',
      'reinforced_door_security_lock',
      'lockable_secured_windows',
      'burglar_alarm',
      'screened_view',
      'regular_security_check_procedure',
      'entrance_airlock',
      'screened_lit_outdoor_area',
      'screened_play_area',
      'shatterproof_glass',
      'reinforced_internal_doors',
      'staff_electronic_access',
      'security_review_with_residents',
      'confidentiality_declaration',
      'written_threat_routine',
      'protected_address',
      'risk_analyst_sara',
      'other_security',
    ])
  })

  it('accepts a filled-in year and stores single answers in columns, multiple choices apart', () => {
    expect(issuesOf(centreYearInput())).toEqual([])
    expect(issuesOf({ offer: 'men', report_year: 2026 })).toEqual([])
    const columns = storageColumns(centreYearForm).map((c) => c.name)
    expect(columns).toContain('report_year')
    expect(columns).not.toContain('residents_offers')
  })

  it('requires offer and year, and refuses a year after this one', () => {
    expect(issuesOf({})).toEqual([
      { path: 'offer', message: 'Må besvares.' },
      { path: 'report_year', message: 'Må besvares.' },
    ])
    expect(issuesOf(centreYearInput({ report_year: 2027 }))).toEqual([{ path: 'report_year', message: 'Kan ikke være senere enn 2026.' }])
    expect(issuesOf({ offer: 'women', report_year: 2009 })).toEqual([{ path: 'report_year', message: 'Må være minst 2010.' }])
  })

  it("asks the women's-offer-only questions of the women's offer, the location of the men's", () => {
    expect(
      issuesOf(centreYearInput({ offer: 'men' }))
        .map((i) => i.path)
        .sort(),
    ).toEqual(['child_responsible_staff', 'special_competence'])
    expect(
      issuesOf(centreYearInput({ offer: 'men', special_competence: [], child_responsible_staff: null, mens_offer_location: 'temporary', mens_offer_location_text: 'Leilighet' })),
    ).toEqual([])
    expect(issuesOf(centreYearInput({ mens_offer_location: 'own_premises' }))).toEqual([{ path: 'mens_offer_location', message: NOT_APPLICABLE }])
  })

  it('refuses retired options for new years, but reads and accepts them for the years that had them', () => {
    const withOld = centreYearInput({ residents_offers: ['threat_assessment'] })
    expect(issuesOf(withOld)).toEqual([{ path: 'residents_offers', message: '«Systematisk kartlegging av trusler/beskyttelsesbehov» kan ikke velges for registreringer i 2025.' }])
    expect(issuesOf({ ...withOld, report_year: 2020 })).toEqual([])
    expect(issuesOf({ offer: 'women', report_year: 2020, residents_offers: ['threat_assessment_by_centre'] }).map((i) => i.path)).toEqual(['residents_offers'])
    expect(issuesOf({ offer: 'women', report_year: 2018, security_measures: ['risk_analyst_sara'] }).map((i) => i.path)).toEqual(['security_measures'])
  })

  it("keeps S4's renamings as one option with the earlier wording for the earlier years", () => {
    const renamed: [string, string, number, string][] = [
      ['residents_offers', 'responsibility_group', 2021, 'Deltakelse i ansvarsgrupper rundt beboeren'],
      ['residents_offers', 'parenting_group', 2022, 'Deltakelse i ICDP-/foreldreveiledningsgruppe'],
      ['residents_offers', 'help_contacting_services', 2024, 'Hjelp til å ta kontakt med andre tjenester'],
      ['children_offers', 'school_offer', 2021, 'Skoletilbud på krisesenteret'],
      ['children_offers', 'transport_to_school', 2021, 'Hjelp til å få i stand skyss til barnehage/skole'],
      ['children_offers', 'responsibility_group', 2021, 'Deltakelse i ansvarsgrupper rundt barnet'],
      ['day_user_offers', 'help_contacting_services', 2024, 'Hjelp til å ta kontakt med andre tjenester'],
      ['relatives_offers', 'parenting_group', 2022, 'Deltakelse i ICDP-/foreldreveiledningsgruppe'],
      ['security_measures', 'confidentiality_declaration', 2021, 'Krav om taushetserklæring for brukere'],
      ['outreach', 'other_social_media', 2023, 'Egen profil/konto på Twitter/andre sosiale medier'],
    ]
    for (const [field, key, renamedIn, before] of renamed) {
      const option = multi(field).options.find((o) => o.key === key)!
      expect(optionLabelIn(option, renamedIn - 1), `${field}.${key}`).toBe(before)
      expect(optionLabelIn(option, renamedIn), `${field}.${key}`).toBe(option.label)
    }
    const in2020 = formInYear(centreYearForm, 2020)
    expect((findField(in2020, 'residents_offers') as MultiField).options.find((o) => o.key === 'responsibility_group')?.label).toBe('Deltakelse i ansvarsgrupper rundt beboeren')
    expect((findField(in2020, 'residents_offers') as MultiField).options.find((o) => o.key === 'help_contacting_services')?.label).toBe(
      'Hjelp til å ta kontakt med andre tjenester',
    )
  })

  it("carries a year's answers forward: renamed options stay, retired ones are dropped and named", () => {
    const last = schema.parse(centreYearInput({ report_year: 2020, residents_offers: ['threat_assessment', 'responsibility_group'], children_offers: ['threat_assessment'] }))
    const { values, dropped } = carryForward(centreYearForm, last, 2021)
    expect(values).toMatchObject({ report_year: 2021, offer: 'women', residents_offers: ['responsibility_group'], children_offers: [], fixed_beds: 8 })
    expect(dropped).toEqual([
      {
        field: 'residents_offers',
        fieldLabel: 'Hva slags hjelp får beboere tilbud om?',
        option: 'threat_assessment',
        label: 'Systematisk kartlegging av trusler/beskyttelsesbehov',
      },
      { field: 'children_offers', fieldLabel: 'Hva slags hjelp får barn tilbud om?', option: 'threat_assessment', label: 'Systematisk kartlegging av trusler/beskyttelsesbehov' },
    ])
    expect(issuesOf(values)).toEqual([])
  })
})
