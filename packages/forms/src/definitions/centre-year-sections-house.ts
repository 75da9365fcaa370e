import type { Condition } from '../define-form'
import { FREE_TEXT_MAX } from './common-fields'
import {
  accessibleGroupOptions,
  actionWhenFullOptions,
  childrenProcedureOptions,
  dayUserProcedureOptions,
  interpreterRoutineOptions,
  mensOfferLocationOptions,
  offerFullOptions,
  organisationFormOptions,
  premisesSuitableOptions,
  residentsProcedureOptions,
  staffingOptions,
} from './centre-year-lists'
import { childrenOfferOptions, dayUserOfferOptions, relativesOfferOptions, residentsOfferOptions } from './centre-year-offers'

/** A "spesifiser" text shown when `option` is chosen; the key stays a literal type. */
export const otherText = <K extends string>(key: K, field: string, option: string, label = 'Spesifiser') =>
  ({ key, kind: 'text', label, maxLength: FREE_TEXT_MAX, showIf: { field, includesAny: [option] } }) as const

/** Some questions were asked only of the women's offer (S3:2289-2290, 2878, 3050). */
export const womenOnly = { field: 'offer', equals: 'women' } as const satisfies Condition

const MANY = 'Flere kryss mulig.'

/** §6.1 Organisation, capacity, access. */
export const organisationSection = {
  key: 'organisation',
  title: 'Organisering, kapasitet og tilgjengelighet',
  fields: [
    { key: 'organisation_form', kind: 'single', label: 'Hvilken organisasjonsform har krisesentertilbudet?', options: organisationFormOptions, source: 'S3:7088-7105' },
    {
      key: 'organisation_form_other_text',
      kind: 'text',
      label: 'Annen organisasjonsform, spesifiser',
      maxLength: FREE_TEXT_MAX,
      showIf: { field: 'organisation_form', equals: 'other' },
    },
    {
      key: 'user_facing_fte',
      kind: 'integer',
      label: 'Årsverk i ordinære brukerrettede stillinger (heltid og deltid)',
      help: 'Rund av til nærmeste hele årsverk.',
      unit: 'årsverk',
      min: 0,
      max: 500,
      source: 'S3:887-891, 1042-1045',
    },
    {
      key: 'staff_count',
      kind: 'integer',
      label: 'Antall personer som arbeidet i krisesentertilbudet i løpet av året',
      unit: 'personer',
      min: 0,
      max: 2000,
      mark: 'partial',
      source: 'S2:51',
    },
    { key: 'staff_education', kind: 'integer', label: 'Hvor mange av dem har høyere utdanning?', unit: 'personer', min: 0, max: 2000, mark: 'partial', source: 'S2:51' },
    { key: 'fixed_beds', kind: 'integer', label: 'Antall faste sengeplasser', unit: 'plasser', min: 0, max: 500, source: 'S3:5740-5751' },
    { key: 'round_the_clock_staffing', kind: 'single', label: 'Døgnbemanning?', options: staffingOptions, mark: 'partial', source: 'S3:1628-1640' },
    {
      key: 'residential_offer_full',
      kind: 'single',
      label: 'Har boligtilbudet vært fullt en eller flere ganger i løpet av året?',
      options: offerFullOptions,
      source: 'S3:1713-1783',
    },
    {
      key: 'action_when_full',
      kind: 'multi',
      label: 'Hva gjøres når botilbudet er fullt?',
      help: MANY,
      options: actionWhenFullOptions,
      mark: 'partial',
      source: 'S3:1701-1706, 1786-1794',
      showIf: {
        any: [
          { field: 'residential_offer_full', equals: 'yes_once' },
          { field: 'residential_offer_full', equals: 'yes_several' },
        ],
      },
    },
    {
      key: 'accessible_for_groups',
      kind: 'multi',
      label: 'Hvilke utsatte grupper kan få tilbud om opphold?',
      help: MANY,
      options: accessibleGroupOptions,
      mark: 'partial',
      source: 'S3:1800-1806',
    },
    {
      key: 'mens_offer_location',
      kind: 'single',
      label: 'Hvor er tilbudet til menn lokalisert?',
      options: mensOfferLocationOptions,
      source: 'S3:6355-6389; S4:11-12',
      showIf: { field: 'offer', equals: 'men' },
    },
    {
      key: 'mens_offer_location_text',
      kind: 'text',
      label: 'Midlertidig løsning, spesifiser',
      maxLength: FREE_TEXT_MAX,
      showIf: { field: 'mens_offer_location', equals: 'temporary' },
    },
    {
      key: 'longest_travel_km',
      kind: 'integer',
      label: 'Lengste reiseavstand til krisesentertilbudet fra kommunene tilbudet dekker',
      unit: 'km',
      min: 0,
      max: 2000,
      source: 'S3:1530-1532',
    },
    {
      key: 'premises_suitable',
      kind: 'single',
      label: 'Vurderer dere at krisesenteret har lokaler som er egnet til formålet?',
      options: premisesSuitableOptions,
      source: 'S3:2017-2051',
    },
    { key: 'pets_offer', kind: 'boolean', label: 'Har tilbudet plass til beboere med dyr?', mark: 'partial', source: 'S2:63' },
    {
      key: 'municipality_funding',
      kind: 'integer',
      label: 'Tilskudd fra kommunen(e) i løpet av året',
      unit: 'kr',
      min: 0,
      max: 1_000_000_000,
      mark: 'partial',
      source: 'S2:57-59',
    },
  ],
} as const

/** §6.2 Offers to residents. */
export const residentsSection = {
  key: 'residents_offers',
  title: 'Tilbud til beboere',
  fields: [
    { key: 'residents_offers', kind: 'multi', label: 'Hva slags hjelp får beboere tilbud om?', help: MANY, options: residentsOfferOptions, source: 'S4:18-47' },
    otherText('residents_offers_other_text', 'residents_offers', 'other', 'Andre tilbud, spesifiser'),
  ],
} as const

/** §6.3 Written templates and procedures. */
export const proceduresSection = {
  key: 'procedures',
  title: 'Skriftlige maler og prosedyrer',
  fields: [
    {
      key: 'residents_procedures',
      kind: 'multi',
      label: 'Er det utarbeidet skriftlig mal/prosedyre for følgende tilbud til beboere?',
      help: MANY,
      options: residentsProcedureOptions,
      source: 'S4:51-64',
    },
    {
      key: 'children_procedures',
      kind: 'multi',
      label: 'Er det utarbeidet skriftlig mal/prosedyre for følgende tilbud til barn?',
      help: MANY,
      options: childrenProcedureOptions,
      mark: 'partial',
      source: 'S4:97-110',
    },
    {
      key: 'day_user_procedures',
      kind: 'multi',
      label: 'Er det utarbeidet skriftlig mal/prosedyre for følgende tilbud til dagbrukere?',
      help: MANY,
      options: dayUserProcedureOptions,
      source: 'S4:161-174',
    },
    {
      key: 'interpreter_routines',
      kind: 'multi',
      label: 'Har tilbudet skriftlige rutiner for bestilling og bruk av tolk?',
      help: MANY,
      options: interpreterRoutineOptions,
      source: 'S3:2496-2508',
    },
  ],
} as const

/** §6.4 Offers to children. */
export const childrenSection = {
  key: 'children_offers',
  title: 'Tilbud til barn',
  fields: [
    { key: 'children_offers', kind: 'multi', label: 'Hva slags hjelp får barn tilbud om?', help: MANY, options: childrenOfferOptions, source: 'S4:74-93; S3:6270-6351' },
    otherText('children_offers_other_text', 'children_offers', 'other', 'Andre tilbud, spesifiser'),
  ],
} as const

/** §6.5 Offers to day users. */
export const dayUsersSection = {
  key: 'day_user_offers',
  title: 'Tilbud til dagbrukerne',
  fields: [
    { key: 'day_user_offers', kind: 'multi', label: 'Hva slags hjelp får dagbrukere tilbud om?', help: MANY, options: dayUserOfferOptions, source: 'S4:136-157' },
    otherText('day_user_offers_other_text', 'day_user_offers', 'other', 'Annet, spesifiser'),
  ],
} as const

/** §6.6 Offers to relatives. */
export const relativesSection = {
  key: 'relatives_offers',
  title: 'Tilbud til pårørende',
  description: 'Krisesentrene er ikke pålagt å gi tilbud til pårørende.',
  source: 'S4:191',
  fields: [
    {
      key: 'relatives_offers',
      kind: 'multi',
      label: 'Hva slags hjelp får pårørende tilbud om?',
      help: MANY,
      options: relativesOfferOptions,
      mark: 'partial',
      source: 'S4:182-201',
    },
    otherText('relatives_offers_other_text', 'relatives_offers', 'other', 'Andre tilbud, spesifiser'),
  ],
} as const
