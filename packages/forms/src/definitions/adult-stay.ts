import { defineForm } from '../define-form'
import {
  adultDestinationOptions,
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
  policeReportOptions,
  sexOptions,
  threatAssessmentOptions,
  violenceDurationOptions,
  violenceTypeOptions,
  workIncomeOptions,
} from '../value-sets'
import { caseCodeField, consentField, FREE_TEXT_MAX, offerField } from './common-fields'
import { firstStayInYearField, stayEndDateField, stayStartDateField } from './stay-fields'

/**
 * VS-15: help the resident received during the stay (S3 Tabell 9, S3:5843-5911). Labels are the
 * latest wording (S4:43-47); the 2018 wording is in `source`. The threat assessment is split
 * from 2021, as for day users.
 */
const assistanceAdultOptions = [
  { key: 'intake_conversation', label: 'Inntakssamtale' },
  { key: 'needs_assessment', label: 'Systematisk kartlegging av hjelpebehov' },
  ...threatAssessmentOptions,
  { key: 'plan_during_stay', label: 'Plan for oppfølging under oppholdet' },
  { key: 'primary_contact', label: 'Primærkontakt' },
  { key: 'individual_conversations', label: 'Enesamtaler' },
  { key: 'help_contacting_services', label: 'Hjelp til å ta kontakt med andre tjenester' },
  { key: 'attending_meetings_with_services', label: 'Deltakelse i møte med andre tjenester' },
  { key: 'responsibility_group', label: 'Deltakelse i samarbeidsgrupper rundt beboeren', source: 'S4:43; 2018: «Deltagelse i ansvarsgrupper rundt beboeren»' },
  { key: 'individual_plan_cooperation', label: 'Deltakelse i samarbeid basert på lovhjemlet individuell plan' },
  { key: 'lawyer_assistance', label: 'Advokatbistand i krisesentertilbudet' },
  { key: 'help_finding_housing', label: 'Hjelp til å finne bolig' },
  { key: 'accompany_house_viewing', label: 'Følge på boligvisning' },
  { key: 'help_moving', label: 'Hjelp til flytting' },
  { key: 'help_child_contact_handover', label: 'Hjelp i forbindelse med samvær/overlevering av barn', source: 'S4:35' },
  { key: 'practical_help', label: 'Praktisk hjelp' },
  { key: 'childcare', label: 'Barnepass' },
  { key: 'leisure_by_centre', label: 'Fritidsaktiviteter/sosiale aktiviteter i regi av krisesentertilbudet' },
  { key: 'leisure_by_others', label: 'Fritidsaktiviteter/sosiale aktiviteter i regi av andre' },
  { key: 'plan_after_stay', label: 'Plan for oppfølging etter oppholdet' },
  { key: 'parenting_group', label: 'Deltakelse i foreldreveiledningsgruppe (ICDP, COS mv.)', source: 'S4:45; 2018: «Foreldreveiledning/ICDP-gruppe»' },
  { key: 'other_group', label: 'Andre gruppetilbud' },
  { key: 'other', label: 'Andre tilbud' },
] as const

/** A "spesifiser" text shown when `option` of `field` is ticked; the key stays a literal type. */
const otherText = <K extends string>(key: K, label: string, field: string, option: string) =>
  ({ key, kind: 'text', label, maxLength: FREE_TEXT_MAX, showIf: { field, includesAny: [option] } }) as const

/**
 * F1, data-dictionary §2.1: one record per adult resident's stay (beboerskjema). Check-in asks
 * what is known on arrival; the check-out section asks the end-of-stay questions. A stay may be
 * saved without them and finished later: `requiredAtCheckOut` answers still missing are listed
 * by `missingAnswers`. `overnight_days` is not a question: nights are derived from the dates
 * (decision 4) by the BFF's statistics module. Children get their own `child_stay` records.
 */
export const adultStayForm = defineForm({
  key: 'adult_stay',
  title: 'Beboerskjema – opphold for voksen',
  unit: { singular: 'opphold', plural: 'opphold' },
  table: 'adult_stays',
  dateField: 'stay_start_date',
  endDateField: 'stay_end_date',
  firstInYearField: 'first_stay_in_year',
  consentField: 'consent_to_statistics',
  listFields: ['sex', 'age'],
  sections: [
    {
      key: 'registration',
      title: 'Innflytting',
      phase: 'check_in',
      fields: [consentField, offerField, stayStartDateField, caseCodeField, firstStayInYearField('beboerens')],
    },
    {
      key: 'person',
      title: 'Om beboeren',
      phase: 'check_in',
      fields: [
        { key: 'sex', carryOver: true, requiredAtCheckOut: true, kind: 'single', label: 'Kjønn', options: sexOptions, source: 'S1:221-233; S2:35' },
        {
          key: 'age',
          requiredAtCheckOut: true,
          kind: 'integer',
          label: 'Alder ved innflytting',
          listLabel: 'Alder',
          help: 'Hele år. Beboere er 16 år eller eldre.',
          unit: 'år',
          min: 16,
          max: 110,
          source: 'S0:60; S1:249-255',
        },
        { key: 'civil_status', carryOver: true, kind: 'single', label: 'Sivilstand', control: 'select', options: civilStatusOptions, source: 'S0:68' },
        {
          key: 'parents_born_abroad',
          carryOver: true,
          kind: 'single',
          label: 'Er en eller begge av beboerens foreldre født i utlandet?',
          options: parentsBornAbroadOptions,
          source: 'S1:297-301',
        },
        { key: 'impairment', carryOver: true, kind: 'multi', label: 'Funksjonsnedsettelse', options: impairmentOptions, source: 'S3:5589-5609; S0:80' },
        otherText('impairment_other_text', 'Annen funksjonsnedsettelse, spesifiser', 'impairment', 'other'),
        { key: 'work_income', carryOver: true, kind: 'multi', label: 'Tilknytning til arbeidslivet / inntekt', options: workIncomeOptions, source: 'S1:398-407; S0:88' },
        {
          key: 'municipality_affiliation',
          carryOver: true,
          kind: 'single',
          label: 'Kommunetilhørighet',
          options: municipalityAffiliationOptions,
          mark: 'inferred',
          source: 'S0:94; S1:773-778',
        },
        { key: 'interpreter', kind: 'single', label: 'Tolk', options: interpreterOptions, mark: 'inferred', source: 'S0:333-335' },
        {
          key: 'interpreter_reason_text',
          kind: 'text',
          label: 'Hvorfor ble tolk ikke benyttet?',
          maxLength: FREE_TEXT_MAX,
          showIf: { field: 'interpreter', equals: 'needed_not_used' },
        },
        {
          key: 'previous_stays_count',
          kind: 'integer',
          label: 'Antall tidligere opphold på krisesenter',
          help: '0 hvis dette er første opphold.',
          unit: 'opphold',
          min: 0,
          max: 99,
          source: 'S1:242-246',
        },
      ],
    },
    {
      key: 'children',
      title: 'Barn',
      phase: 'check_in',
      description: 'Hvert barn som bor på senteret sammen med beboeren, registreres med eget barneskjema fra dette oppholdet.',
      source: 'S1:37-39',
      fields: [
        { key: 'brought_children', kind: 'boolean', label: 'Hadde beboeren med seg barn til krisesenteret?', source: 'S1:264-266; S3:5483-5487' },
        {
          key: 'children_brought_count',
          kind: 'integer',
          label: 'Antall barn beboeren hadde med seg',
          unit: 'barn',
          min: 1,
          max: 15,
          mark: 'inferred',
          showIf: { field: 'brought_children', equals: true },
        },
      ],
    },
    {
      key: 'contact',
      title: 'Kontakt med krisesenteret',
      phase: 'check_in',
      fields: [
        {
          key: 'contact_route',
          kind: 'single',
          label: 'Kontakt med krisesenteret via eller etter anbefaling fra',
          control: 'select',
          options: contactRouteOptions,
          source: 'S1:355-375',
        },
        { key: 'contact_route_other_text', kind: 'text', label: 'Annen instans, spesifiser', maxLength: FREE_TEXT_MAX, showIf: { field: 'contact_route', equals: 'other_agency' } },
        { key: 'agencies_before_stay', kind: 'multi', label: 'Kontakt med andre instanser før oppholdet', options: agencyOptions, source: 'S3:1403-1411; S1:395' },
      ],
    },
    {
      key: 'violence',
      title: 'Vold og voldsutøver',
      phase: 'check_in',
      fields: [
        {
          key: 'violence_types',
          requiredAtCheckOut: true,
          kind: 'multi',
          label: 'Årsak til oppholdet',
          help: 'Flere kryss mulig.',
          options: violenceTypeOptions,
          source: 'S3:1363-1394; S1:326-337',
        },
        otherText('violence_other_text', 'Annen årsak, spesifiser', 'violence_types', 'other'),
        { key: 'violence_duration', kind: 'single', label: 'Varighet på volden', options: violenceDurationOptions, source: 'S3:5481-5501; S1:338-353' },
        { key: 'perpetrator_relation', kind: 'multi', label: 'Relasjon til voldsutøver', options: perpetratorRelationOptions, source: 'S1:270-274' },
        { key: 'perpetrator_sex', kind: 'multi', label: 'Voldsutøvers kjønn', options: perpetratorSexOptions, source: 'S1:274' },
        {
          key: 'perpetrator_parents_born_abroad',
          kind: 'single',
          label: 'Er en eller begge av voldsutøvers foreldre født i utlandet?',
          options: parentsBornAbroadOptions,
          source: 'S1:307-313',
        },
        { key: 'perpetrator_count', kind: 'single', label: 'Antall voldsutøvere', options: perpetratorCountOptions, mark: 'inferred', source: 'S1:888-895' },
        {
          key: 'rosa_case',
          kind: 'boolean',
          label: 'Bor beboeren på senteret gjennom ROSA (hjelp til ofre for menneskehandel)?',
          mark: 'inferred',
          source: 'S1:171-175',
          showIf: { field: 'violence_types', includesAny: ['human_trafficking'] },
        },
      ],
    },
    {
      key: 'pets',
      title: 'Dyr',
      phase: 'check_in',
      // Only the outcome is known from the sources (S2:61-63); the questions are inferred.
      source: 'S2:61-63',
      fields: [
        { key: 'has_pet', kind: 'boolean', label: 'Har beboeren dyr?', mark: 'partial', source: 'S2:61-63' },
        {
          key: 'delayed_help_due_to_pet',
          kind: 'boolean',
          label: 'Har beboeren vegret seg for eller utsatt å søke hjelp av frykt for hva som kan skje med dyret?',
          mark: 'partial',
          source: 'S2:61-63',
          showIf: { field: 'has_pet', equals: true },
        },
      ],
    },
    {
      key: 'check_out',
      title: 'Utflytting',
      phase: 'check_out',
      description: 'Besvares når beboeren flytter ut. Oppholdet kan lagres som ufullstendig og fullføres senere.',
      fields: [
        stayEndDateField,
        {
          key: 'assistance',
          requiredAtCheckOut: true,
          kind: 'multi',
          label: 'Bistand gitt under oppholdet',
          help: 'Flere kryss mulig.',
          options: assistanceAdultOptions,
          source: 'S3:5843-5911; S4:29-47, 66',
        },
        otherText('assistance_other_text', 'Andre tilbud, spesifiser', 'assistance', 'other'),
        { key: 'agencies_during_stay', kind: 'multi', label: 'Kontakt med andre instanser opprettet under oppholdet', options: agencyOptions, source: 'S1:383-395; S0:166' },
        {
          key: 'individual_plan',
          kind: 'boolean',
          label: 'Har beboeren fått utarbeidet individuell plan?',
          help: 'Gjelder kun individuell plan lovhjemlet i helse- eller NAV-lovgivningen.',
          source: 'S3:5979-6009; S3:247-261',
        },
        { key: 'police_report', requiredAtCheckOut: true, kind: 'single', label: 'Anmelde forholdet', options: policeReportOptions, mark: 'partial', source: 'S1:439-471' },
        {
          key: 'no_report_reason_text',
          kind: 'text',
          label: 'Hvorfor ønsker beboeren ikke å anmelde?',
          maxLength: FREE_TEXT_MAX,
          showIf: { field: 'police_report', equals: 'does_not_want_to_report' },
        },
        {
          key: 'destination_after_stay',
          requiredAtCheckOut: true,
          kind: 'single',
          label: 'Hvor drar beboeren etter oppholdet ved krisesentertilbudet?',
          control: 'select',
          options: adultDestinationOptions,
          source: 'S3:3309-3342; S3:6749-6774; S1:409-436',
        },
        {
          key: 'destination_other_text',
          kind: 'text',
          label: 'Annet sted, spesifiser',
          maxLength: FREE_TEXT_MAX,
          showIf: { field: 'destination_after_stay', equals: 'other_place' },
        },
      ],
    },
  ],
})

export type AdultStayForm = typeof adultStayForm
