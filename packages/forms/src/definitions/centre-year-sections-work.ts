import { FREE_TEXT_MAX } from './common-fields'
import { feedbackMethodOptions, securityMeasureOptions } from './centre-year-lists'
import {
  accessibilityOptions,
  cooperationAgencyOptions,
  educationLevelOptions,
  outreachOptions,
  rvtsCooperationOptions,
  specialCompetenceOptions,
} from './centre-year-outreach-staff'
import { otherText, womenOnly } from './centre-year-sections-house'

const MANY = 'Flere kryss mulig.'
const ONLY_WOMEN = 'Spørsmålet stilles bare for tilbudet til kvinner.'

/** §6.7 Security measures. */
export const securitySection = {
  key: 'security',
  title: 'Sikkerhetstiltak',
  fields: [
    { key: 'security_measures', kind: 'multi', label: 'Hvilke sikkerhetstiltak har tilbudet?', help: MANY, options: securityMeasureOptions, source: 'S4:205-231; S3:6031-6110' },
    otherText('security_measures_other_text', 'security_measures', 'other_security', 'Andre sikkerhetstiltak, spesifiser'),
  ],
} as const

/** §6.8 Police assessment. */
export const policeSection = {
  key: 'police',
  title: 'Politivurdering',
  description: 'Skjemaet spør ikke når politiet gjorde vurderingen; den kan ligge langt tilbake i tid.',
  source: 'S4:245',
  fields: [
    { key: 'police_assessed_buildings_security', kind: 'boolean', label: 'Har tilbudet fått bygninger og sikkerhetstiltak vurdert av lokalt politi?', source: 'S4:234-245' },
    {
      key: 'police_assessment_written',
      kind: 'boolean',
      label: 'Foreligger politiets vurdering skriftlig?',
      source: 'S4:236, 245',
      showIf: { field: 'police_assessed_buildings_security', equals: true },
    },
  ],
} as const

/** §6.9 User participation. */
export const userParticipationSection = {
  key: 'user_participation',
  title: 'Brukermedvirkning',
  fields: [
    {
      key: 'has_feedback_routines',
      kind: 'boolean',
      label: 'Har krisesentertilbudet rutiner for innhenting av brukernes erfaringer og synspunkter på tilbudet?',
      source: 'S4:264; S3:6779-6798',
    },
    {
      key: 'feedback_methods',
      kind: 'multi',
      label: 'Hvordan henter krisesenteret inn brukernes tilbakemelding på tilbudet?',
      help: MANY,
      options: feedbackMethodOptions,
      mark: 'partial',
      source: 'S4:255-268',
      showIf: { field: 'has_feedback_routines', equals: true },
    },
  ],
} as const

/** §6.10 Outreach, with the website block. */
export const outreachSection = {
  key: 'outreach',
  title: 'Utadrettet informasjonsarbeid',
  fields: [
    {
      key: 'outreach',
      kind: 'multi',
      label: 'Har senteret drevet ulike former for utadrettet informasjonsarbeid i løpet av året?',
      help: MANY,
      options: outreachOptions,
      source: 'S4:272-299; S3:5790-5807',
    },
    otherText('outreach_other_text', 'outreach', 'other', 'Annet informasjonsarbeid, spesifiser'),
    {
      key: 'outreach_education_levels',
      kind: 'multi',
      label: 'Hvilke utdanningsinstitusjoner har dere besøkt eller informert?',
      help: MANY,
      options: educationLevelOptions,
      mark: 'partial',
      source: 'S4:293',
      showIf: { field: 'outreach', includesAny: ['education_institutions'] },
    },
    { key: 'has_website', kind: 'boolean', label: 'Har krisesentertilbudet egen nettside?', source: 'S4:295; S3:5813-5839' },
    {
      key: 'website_adapted_visually_impaired',
      kind: 'boolean',
      label: 'Er nettsiden tilrettelagt for synshemmede?',
      source: 'S4:295',
      showIf: { field: 'has_website', equals: true },
    },
    {
      key: 'website_other_languages',
      kind: 'boolean',
      label: 'Er teksten på nettsiden tilgjengelig på andre språk?',
      source: 'S4:295',
      showIf: { field: 'has_website', equals: true },
    },
  ],
} as const

/** §6.11 Staff competence and development. */
export const staffSection = {
  key: 'staff',
  title: 'Ansattes kompetanse og utvikling',
  fields: [
    {
      key: 'special_competence',
      kind: 'multi',
      label: 'Har tilbudet ansatte i brukerrettede stillinger med spesiell kompetanse innen …',
      help: `${MANY} ${ONLY_WOMEN}`,
      options: specialCompetenceOptions,
      mark: 'partial',
      source: 'S3:2882-2929, 6399-6455',
      showIf: womenOnly,
    },
    {
      key: 'child_responsible_staff',
      kind: 'boolean',
      label: 'Har krisesentertilbudet egne ansatte med et særskilt ansvar for å jobbe med barn?',
      help: ONLY_WOMEN,
      source: 'S3:2289-2316',
      showIf: womenOnly,
    },
    { key: 'competence_plan', kind: 'boolean', label: 'Har tilbudet en kompetanseplan?', help: ONLY_WOMEN, source: 'S3:3006-3035, 3050', showIf: womenOnly },
    {
      key: 'external_supervision_routines',
      kind: 'boolean',
      label: 'Har tilbudet rutiner for ekstern veiledning av ansatte?',
      help: ONLY_WOMEN,
      source: 'S3:3006, 3041-3050',
      showIf: womenOnly,
    },
    {
      key: 'rvts_cooperation',
      kind: 'multi',
      label: 'Har krisesentertilbudet samarbeid med Regionalt ressurssenter om vold, traumatisk stress og selvmordsforebygging (RVTS)?',
      help: MANY,
      options: rvtsCooperationOptions,
      source: 'S3:6461-6479, 3001-3004',
    },
  ],
} as const

/** §6.12 Cooperation. */
export const cooperationSection = {
  key: 'cooperation',
  title: 'Samarbeid',
  fields: [
    { key: 'participates_in_municipal_fora', kind: 'boolean', label: 'Deltar krisesentertilbudet i etablerte samarbeidsfora i kommunen?', source: 'S3:6588-6613' },
    {
      key: 'participates_in_municipal_fora_text',
      kind: 'text',
      label: 'Hvilke samarbeidsfora? Spesifiser',
      maxLength: FREE_TEXT_MAX,
      showIf: { field: 'participates_in_municipal_fora', equals: true },
    },
    { key: 'case_cooperation_with', kind: 'multi', label: 'Samarbeid om enkeltsaker, med:', help: MANY, options: cooperationAgencyOptions, source: 'S3:6645-6744' },
    { key: 'written_agreement_with', kind: 'multi', label: 'Har skriftlig samarbeidsavtale, med:', help: MANY, options: cooperationAgencyOptions, source: 'S3:6645-6744' },
  ],
} as const

/** §6.13 Accessibility for disabled people. */
export const accessibilitySection = {
  key: 'accessibility',
  title: 'Tilrettelegging for personer med nedsatt funksjonsevne',
  fields: [
    {
      key: 'accessibility_measures',
      kind: 'multi',
      label: 'Hvilken tilrettelegging har krisesenteret?',
      help: MANY,
      options: accessibilityOptions,
      mark: 'partial',
      source: 'S3:2490-2521',
    },
  ],
} as const

/** §6.14 Internal control (the municipality's; KOSTRA's separate question is not on the form). */
export const internalControlSection = {
  key: 'internal_control',
  title: 'Internkontroll',
  fields: [
    { key: 'internal_control_conducted', kind: 'boolean', label: 'Har kommunen(e) gjennomført internkontroll av krisesentertilbudet i løpet av året?', source: 'S3:3482-3489' },
  ],
} as const
