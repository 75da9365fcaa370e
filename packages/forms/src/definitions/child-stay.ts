import { defineForm } from '../define-form'
import { childDestinationOptions, childPerpetratorRelationOptions, impairmentOptions, parentsBornAbroadOptions, threatAssessmentOptions } from '../value-sets'
import { caseCodeField, FREE_TEXT_MAX, offerField } from './common-fields'
import { firstStayInYearField, stayEndDateField, stayStartDateField } from './stay-fields'

/** "jenter" / "gutter" (S3:2161); a third value as for adults (decision 7) [inferred]. */
const childSexOptions = [
  { key: 'girl', label: 'Jente' },
  { key: 'boy', label: 'Gutt' },
  { key: 'other', label: 'Annet / ikke oppgitt', mark: 'inferred' },
] as const

/** VS-17 (S3 Tabell 11, S3:2239-2275; S3:6112-6210); later wordings from S4:93 and 2021. */
const assistanceChildOptions = [
  { key: 'welcome_conversation', label: 'Velkomstsamtale/informasjon om krisesentertilbudet', since: 2016 },
  { key: 'needs_assessment', label: 'Systematisk kartlegging av hjelpebehov', since: 2016 },
  ...threatAssessmentOptions,
  { key: 'plan_during_stay', label: 'Plan for oppfølging under oppholdet' },
  { key: 'primary_contact', label: 'Primærkontakt' },
  { key: 'conversation_without_parent', label: 'Samtale uten mor/far til stede' },
  { key: 'conversation_with_parent', label: 'Samtale med mor/far til stede' },
  { key: 'kindergarten', label: 'Barnehage i regi av krisesentertilbudet eller etter avtale med andre' },
  { key: 'school_offer', label: 'Skoletilbud på/i regi av krisesenteret', since: 2016 },
  { key: 'transport_to_school', label: 'Ordne skyss eller følge barn til barnehage/skole' },
  { key: 'cooperation_school', label: 'Samarbeid med barnets skole/barnehage' },
  { key: 'groups_for_children', label: 'Grupper for barn' },
  { key: 'leisure_by_centre', label: 'Fritidsaktiviteter i regi av krisesentertilbudet', since: 2018 },
  { key: 'leisure_by_others', label: 'Fritidsaktiviteter i regi av andre', since: 2018 },
  { key: 'responsibility_group', label: 'Deltakelse i samarbeidsgrupper rundt barnet' },
  { key: 'other', label: 'Andre typer bistand' },
  { key: 'none', label: 'Ingen bistand', exclusive: true, mark: 'inferred' },
] as const

/** S1:553-560; the two "not enrolled" values are [inferred] so every child has an answer. */
const daycareSchoolStatusOptions = [
  { key: 'kindergarten', label: 'Går i barnehage' },
  { key: 'school', label: 'Går på skole' },
  { key: 'neither_under_school_age', label: 'Under skolealder og går ikke i barnehage', mark: 'inferred' },
  { key: 'not_enrolled', label: 'I skolealder, men går ikke på skole', mark: 'inferred' },
] as const

/** S1:564-573 ("ikke fortsatt eller delvis fortsatt"; S3:107-110 "sluttet helt eller delvis"). */
const daycareSchoolContinuedOptions = [
  { key: 'continued', label: 'Fortsatt på samme sted' },
  { key: 'partly', label: 'Delvis fortsatt' },
  { key: 'not_continued', label: 'Ikke fortsatt (sluttet helt)' },
] as const

/** S1:574-578 "fortsetter … helt eller delvis"; the keys mirror the list above [inferred]. */
const leisureContinuedOptions = [
  { key: 'continued', label: 'Fortsetter helt', mark: 'inferred' },
  { key: 'partly', label: 'Fortsetter delvis', mark: 'inferred' },
  { key: 'not_continued', label: 'Fortsetter ikke', mark: 'inferred' },
] as const

/**
 * F3, data-dictionary §2.3: one record per child per stay (barneskjema). A child's stay is
 * registered from the adult's stay it came with (`adult_stay_id`) and has its own dates: the
 * child may arrive later or leave earlier, never before the adult arrives or after the adult
 * leaves (`childStayDateIssues`). Consent and offer are the adult's (decision 1; S1:21-23): the
 * server keeps them equal, and the adult's withdrawal erases the children's answers too.
 */
export const childStayForm = defineForm({
  key: 'child_stay',
  title: 'Barneskjema – opphold for barn',
  unit: { singular: 'opphold', plural: 'opphold' },
  table: 'child_stays',
  dateField: 'stay_start_date',
  endDateField: 'stay_end_date',
  firstInYearField: 'first_stay_in_year',
  parent: { form: 'adult_stay', column: 'adult_stay_id', inherits: ['consent_to_statistics', 'offer'] },
  consentField: 'consent_to_statistics',
  listFields: ['sex', 'age'],
  sections: [
    {
      key: 'registration',
      title: 'Innflytting',
      phase: 'check_in',
      fields: [
        {
          key: 'consent_to_statistics',
          kind: 'boolean',
          label: 'Samtykke til anonymisert statistikk (følger den voksnes svar)',
          help: 'Barnet følger den voksnes svar. Ved nei lagres bare at oppholdet fant sted: datoer, tilbud og eventuelt saksnummer.',
          bare: true,
          required: true,
          source: 'S1:19-23',
        },
        offerField,
        stayStartDateField,
        caseCodeField,
        firstStayInYearField('barnets'),
      ],
    },
    {
      key: 'child',
      title: 'Om barnet',
      phase: 'check_in',
      fields: [
        { key: 'sex', carryOver: true, requiredAtCheckOut: true, kind: 'single', label: 'Kjønn', options: childSexOptions, source: 'S3:2161' },
        {
          key: 'age',
          requiredAtCheckOut: true,
          kind: 'integer',
          label: 'Barnets alder ved innflytting',
          listLabel: 'Alder',
          help: 'Hele år, 0–17.',
          unit: 'år',
          min: 0,
          max: 17,
          source: 'S1:475-484; S3:2160-2161',
        },
        {
          key: 'parents_born_abroad',
          carryOver: true,
          kind: 'single',
          label: 'Er en eller begge av barnets foreldre født i utlandet?',
          options: parentsBornAbroadOptions,
          source: 'S3:2173-2176',
        },
        {
          key: 'previous_stays_count',
          kind: 'integer',
          label: 'Antall tidligere opphold på krisesenter',
          help: '0 hvis dette er barnets første opphold.',
          unit: 'opphold',
          min: 0,
          max: 99,
          source: 'S1:488-492; S3:2158-2160',
        },
        {
          key: 'impairment',
          carryOver: true,
          kind: 'multi',
          label: 'Funksjonsnedsettelse av varig karakter som begrenser barnets daglige liv',
          options: impairmentOptions,
          source: 'S3:2180-2209',
        },
        {
          key: 'impairment_other_text',
          kind: 'text',
          label: 'Annen funksjonsnedsettelse, spesifiser',
          maxLength: FREE_TEXT_MAX,
          showIf: { field: 'impairment', includesAny: ['other'] },
        },
        { key: 'perpetrator_relation', kind: 'multi', label: 'Barnets relasjon til voldsutøver', options: childPerpetratorRelationOptions, source: 'S1:509-525; S2:39' },
        { key: 'daycare_school_status', kind: 'single', label: 'Går barnet i barnehage eller på skole?', options: daycareSchoolStatusOptions, source: 'S1:553-560' },
        { key: 'organised_leisure', kind: 'boolean', label: 'Deltar barnet i organiserte fritidsaktiviteter?', source: 'S1:574-578' },
        { key: 'child_welfare_already_involved', kind: 'boolean', label: 'Var det allerede opprettet kontakt med barnevernet før oppholdet?', source: 'S1:629-637' },
      ],
    },
    {
      key: 'check_out',
      title: 'Utflytting',
      phase: 'check_out',
      description: 'Besvares når barnet flytter ut. Oppholdet kan lagres som ufullstendig og fullføres senere.',
      fields: [
        stayEndDateField,
        { key: 'contact_with_perpetrator_during_stay', kind: 'boolean', label: 'Hadde barnet samvær med voldsutøver under oppholdet?', source: 'S1:527-540' },
        {
          key: 'daycare_school_continued',
          kind: 'single',
          label: 'Har barnet fortsatt i barnehage eller på skole under oppholdet?',
          options: daycareSchoolContinuedOptions,
          source: 'S1:564-573; S3:107-110',
          showIf: {
            any: [
              { field: 'daycare_school_status', equals: 'kindergarten' },
              { field: 'daycare_school_status', equals: 'school' },
            ],
          },
        },
        {
          key: 'discontinuation_reason_text',
          kind: 'text',
          label: 'Hvorfor har barnet ikke fortsatt?',
          help: 'F.eks. avstand eller barnets sikkerhet.',
          maxLength: FREE_TEXT_MAX,
          showIf: {
            any: [
              { field: 'daycare_school_continued', equals: 'partly' },
              { field: 'daycare_school_continued', equals: 'not_continued' },
            ],
          },
        },
        {
          key: 'organised_leisure_continued',
          kind: 'single',
          label: 'Fortsetter barnet med fritidsaktivitetene?',
          options: leisureContinuedOptions,
          source: 'S1:574-578',
          showIf: { field: 'organised_leisure', equals: true },
        },
        {
          key: 'assistance',
          requiredAtCheckOut: true,
          kind: 'multi',
          label: 'Hvilken bistand har barnet fått fra krisesentertilbudet under oppholdet?',
          help: 'Flere kryss mulig.',
          options: assistanceChildOptions,
          source: 'S3:2239-2275; S4:112-116',
        },
        { key: 'child_welfare_contact_established', kind: 'boolean', label: 'Ble det opprettet kontakt med barnevernet under oppholdet?', source: 'S2:31' },
        { key: 'concern_report_sent', kind: 'boolean', label: 'Sendte krisesenteret bekymringsmelding til barnevernet?', source: 'S1:607-637' },
        {
          key: 'destination_after_stay',
          requiredAtCheckOut: true,
          kind: 'single',
          label: 'Hvor drar barnet etter oppholdet i krisesentertilbudet?',
          control: 'select',
          options: childDestinationOptions,
          source: 'S3:6212-6245; S1:580-605',
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

export type ChildStayForm = typeof childStayForm
