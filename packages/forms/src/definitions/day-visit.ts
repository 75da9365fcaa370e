import { defineForm } from '../define-form'
import {
  agencyOptions,
  civilStatusOptions,
  contactRouteOptions,
  impairmentOptions,
  interpreterOptions,
  municipalityAffiliationOptions,
  parentsBornAbroadOptions,
  perpetratorCountOptions,
  perpetratorRelationOptions,
  perpetratorSexOptions,
  sexOptions,
  threatAssessmentOptions,
  violenceTypeOptions,
  workIncomeOptions,
} from '../value-sets'
import { caseCodeField, consentField, firstInYearField, FREE_TEXT_MAX, offerField, priorContactFields } from './common-fields'

/** VS-16: help received at the day visit (S3 Tabell 10, S3:5925-5975; renamings S4:157). */
const assistanceDayUserOptions = [
  { key: 'individual_conversation', label: 'Enesamtale' },
  { key: 'needs_assessment', label: 'Systematisk kartlegging av hjelpebehov' },
  ...threatAssessmentOptions,
  { key: 'help_contacting_services', label: 'Hjelp til å ta kontakt med andre tjenester' },
  { key: 'attending_meetings_with_services', label: 'Deltagelse i møter med andre tjenester' },
  { key: 'lawyer_assistance', label: 'Advokatbistand i krisesentertilbudet' },
  { key: 'leisure_by_centre', label: 'Fritidsaktiviteter/sosiale aktiviteter i regi av krisesentertilbudet' },
  { key: 'leisure_by_others', label: 'Fritidsaktiviteter/sosiale aktiviteter i regi av andre' },
  { key: 'home_follow_up', label: 'Oppfølging i hjemmet' },
  { key: 'offer_for_children', label: 'Tilbud til barn' },
  { key: 'offered_residence', label: 'Tilbud om å benytte krisesenterets botilbud' },
  { key: 'parenting_group', label: 'Foreldreveiledning/ICDP-gruppe' },
  { key: 'other_group', label: 'Andre gruppetilbud' },
  { key: 'other', label: 'Annet' },
] as const

/** F2, data-dictionary §2.2: one record per day visit (dagsbesøk). */
export const dayVisitForm = defineForm({
  key: 'day_visit',
  title: 'Dagbesøk',
  unit: { singular: 'besøk', plural: 'besøk' },
  table: 'day_visits',
  dateField: 'visit_date',
  consentField: 'consent_to_statistics',
  listFields: ['visit_location', 'sex', 'age'],
  firstInYearField: 'first_visit_in_year',
  sections: [
    {
      key: 'registration',
      title: 'Registrering',
      description:
        'Et dagsbesøk er oppmøte på krisesenteret for å få råd, oppfølging eller bistand. Det regnes også som et dagsbesøk når ansatte møter brukeren utenfor senteret, f.eks. ved hjemmebesøk.',
      source: 'S3:874-877',
      fields: [
        consentField,
        offerField,
        { key: 'visit_date', kind: 'date', label: 'Dato for besøket', bare: true, required: true, source: 'S1:896-903' },
        caseCodeField,
        {
          key: 'visit_location',
          kind: 'single',
          label: 'Hvor fant besøket sted?',
          listLabel: 'Sted',
          mark: 'inferred',
          source: 'S3:874-877',
          options: [
            { key: 'at_centre', label: 'På krisesenteret' },
            { key: 'outside_centre', label: 'Utenfor senteret (f.eks. hjemmebesøk)' },
          ],
        },
        firstInYearField('first_visit_in_year', { label: 'Er dette brukerens første dagsbesøk i år?', source: 'S0:20' }, { required: true }),
      ],
    },
    {
      key: 'person',
      title: 'Om brukeren',
      fields: [
        { key: 'sex', carryOver: true, kind: 'single', label: 'Kjønn', options: sexOptions, source: 'S0:24' },
        { key: 'age', kind: 'integer', label: 'Alder ved besøket', listLabel: 'Alder', unit: 'år', min: 16, max: 110, source: 'S0:58-62' },
        { key: 'civil_status', carryOver: true, kind: 'single', label: 'Sivilstand', control: 'select', options: civilStatusOptions, source: 'S0:64-68' },
        {
          key: 'parents_born_abroad',
          carryOver: true,
          kind: 'single',
          label: 'Er en eller begge av brukerens foreldre født i utlandet?',
          options: parentsBornAbroadOptions,
          source: 'S0:70-76',
        },
        { key: 'impairment', carryOver: true, kind: 'multi', label: 'Fysisk eller psykisk funksjonsnedsettelse', options: impairmentOptions, source: 'S0:78-84' },
        {
          key: 'impairment_other_text',
          kind: 'text',
          label: 'Annen funksjonsnedsettelse, spesifiser',
          maxLength: FREE_TEXT_MAX,
          showIf: { field: 'impairment', includesAny: ['other'] },
        },
        { key: 'work_income', carryOver: true, kind: 'multi', label: 'Tilknytning til arbeidslivet / inntekt', options: workIncomeOptions, source: 'S0:86-90' },
        { key: 'municipality_affiliation', carryOver: true, kind: 'single', label: 'Kommunetilhørighet', options: municipalityAffiliationOptions, source: 'S0:92-94' },
        {
          key: 'interpreter',
          kind: 'single',
          label: 'Tolk',
          source: 'S0:333-335',
          options: interpreterOptions,
        },
        {
          key: 'interpreter_reason_text',
          kind: 'text',
          label: 'Hvorfor ble tolk ikke benyttet?',
          maxLength: FREE_TEXT_MAX,
          showIf: { field: 'interpreter', equals: 'needed_not_used' },
        },
      ],
    },
    {
      key: 'children',
      title: 'Barn',
      fields: [
        { key: 'children_under_18_in_household', carryOver: true, kind: 'boolean', label: 'Har brukeren barn under 18 år i husholdningen?', source: 'S0:96-98' },
        {
          key: 'brought_children',
          kind: 'boolean',
          label: 'Hadde brukeren med seg barn under 18 år til krisesenteret?',
          source: 'S0:98',
          showIf: { field: 'children_under_18_in_household', equals: true },
        },
        {
          key: 'children_brought_count',
          kind: 'integer',
          label: 'Antall barn brukeren hadde med seg',
          unit: 'barn',
          min: 1,
          max: 15,
          source: 'S0:98',
          showIf: { field: 'brought_children', equals: true },
        },
        {
          key: 'concern_report_to_child_welfare',
          kind: 'boolean',
          label: 'Ble det sendt bekymringsmelding til barnevernet i forbindelse med besøket?',
          source: 'S0:100',
          showIf: { field: 'children_under_18_in_household', equals: true },
        },
      ],
    },
    {
      key: 'contact',
      title: 'Kontakt med krisesenteret',
      fields: [
        {
          key: 'contact_route',
          carryOver: true,
          kind: 'single',
          label: 'Kontakt med krisesenteret via eller etter anbefaling fra',
          control: 'select',
          options: contactRouteOptions,
          source: 'S0:102-108',
        },
        { key: 'contact_route_other_text', kind: 'text', label: 'Annen instans, spesifiser', maxLength: FREE_TEXT_MAX, showIf: { field: 'contact_route', equals: 'other_agency' } },
        ...priorContactFields({ label: 'Har brukeren vært i kontakt med et krisesenter tidligere?', source: 'S0:28-36' }),
      ],
    },
    {
      key: 'violence',
      title: 'Vold og voldsutøver',
      fields: [
        { key: 'violence_types', kind: 'multi', label: 'Årsak til henvendelsen', options: violenceTypeOptions, source: 'S0:110-132', help: 'Flere kryss mulig.' },
        { key: 'violence_other_text', kind: 'text', label: 'Annen årsak, spesifiser', maxLength: FREE_TEXT_MAX, showIf: { field: 'violence_types', includesAny: ['other'] } },
        { key: 'perpetrator_relation', kind: 'multi', label: 'Relasjon til voldsutøver', options: perpetratorRelationOptions, source: 'S0:202, 250; S1:878-884' },
        { key: 'perpetrator_sex', kind: 'multi', label: 'Voldsutøvers kjønn', options: perpetratorSexOptions, source: 'S1:888' },
        { key: 'perpetrator_count', kind: 'single', label: 'Antall voldsutøvere', options: perpetratorCountOptions, source: 'S1:888-892' },
      ],
    },
    {
      key: 'help',
      title: 'Bistand og andre instanser',
      fields: [
        { key: 'assistance', kind: 'multi', label: 'Bistand ved besøket', options: assistanceDayUserOptions, source: 'S3:5925-5975; S0:134-142', help: 'Flere kryss mulig.' },
        { key: 'assistance_other_text', kind: 'text', label: 'Annen bistand, spesifiser', maxLength: FREE_TEXT_MAX, showIf: { field: 'assistance', includesAny: ['other'] } },
        { key: 'agencies_before_visit', kind: 'multi', label: 'Kontakt med andre instanser før første dagsbesøk', options: agencyOptions, source: 'S0:154-166' },
        { key: 'agencies_at_visit', kind: 'multi', label: 'Kontakt med andre instanser opprettet ved besøket', options: agencyOptions, source: 'S0:160-162, 271' },
      ],
    },
  ],
})

export type DayVisitForm = typeof dayVisitForm
