import type { OptionDef } from '../define-form'
import { threatAssessmentOptions } from '../value-sets'

/**
 * What the centre offers (data-dictionary §6.2, §6.4–6.6): the assistance lists VS-15 … VS-17
 * asked as "do you offer X" on the annual form, under the same keys, in S4's 2024 wording.
 * S4's renamings keep their key with the earlier wording in `formerLabels` (`until` = the last
 * year it was used); the threat-assessment split of 2021 is a real change: the single item is
 * retired and two new items start (value-sets.ts). Items S4 does not name are marked inferred.
 */

/** S4:47, 157, 199: «Hjelp til å ta kontakt med andre tjenester» until 2023 (S4 misspells the new one «tjenenester»). */
const helpContactingServices = {
  key: 'help_contacting_services',
  label: 'Hjelp i kontakt med andre tjenester',
  formerLabels: [{ label: 'Hjelp til å ta kontakt med andre tjenester', until: 2023 }],
  source: 'S4:29, 47',
} as const satisfies OptionDef

/** S4:45, 155, 195: «Deltakelse i ICDP-/foreldreveiledningsgruppe» until 2021. */
const parentingGroup = {
  key: 'parenting_group',
  label: 'Deltakelse i foreldreveiledningsgruppe (ICDP, COS mv.)',
  formerLabels: [{ label: 'Deltakelse i ICDP-/foreldreveiledningsgruppe', until: 2021 }],
  source: 'S4:31, 45',
} as const satisfies OptionDef

/** §6.2 "Hva slags hjelp får beboere tilbud om? Flere kryss mulig." (S4:18-47; keys of VS-15). */
export const residentsOfferOptions = [
  { key: 'intake_conversation', label: 'Inntakssamtaler', source: 'S4:29' },
  { key: 'needs_assessment', label: 'Systematisk kartlegging av hjelpebehov', source: 'S4:29' },
  ...threatAssessmentOptions,
  { key: 'individual_conversations', label: 'Enesamtaler', source: 'S4:29' },
  helpContactingServices,
  { key: 'attending_meetings_with_services', label: 'Deltakelse i møte med andre tjenester', source: 'S4:29' },
  { key: 'practical_help', label: 'Praktisk hjelp', source: 'S4:29' },
  { key: 'plan_during_stay', label: 'Plan for oppfølging under oppholdet', source: 'S4:29' },
  { key: 'primary_contact', label: 'Primærkontakt', source: 'S4:29' },
  {
    key: 'responsibility_group',
    label: 'Deltakelse i samarbeidsgrupper rundt beboeren',
    formerLabels: [{ label: 'Deltakelse i ansvarsgrupper rundt beboeren', until: 2020 }],
    source: 'S4:29, 43',
  },
  { key: 'help_finding_housing', label: 'Hjelp til å finne bolig', source: 'S4:29' },
  { key: 'plan_after_stay', label: 'Plan for oppfølging etter oppholdet', source: 'S4:29' },
  parentingGroup,
  { key: 'leisure_by_centre', label: 'Fritidsaktiviteter/sosiale aktiviteter i regi av krisesentertilbudet', mark: 'inferred', source: 'VS-15' },
  { key: 'leisure_by_others', label: 'Fritidsaktiviteter/sosiale aktiviteter i regi av andre', source: 'S4:33' },
  { key: 'help_child_contact_handover', label: 'Hjelp i forbindelse med samvær/overlevering av barn', source: 'S4:35' },
  { key: 'childcare', label: 'Barnepass', source: 'S4:35' },
  { key: 'lawyer_assistance', label: 'Advokatbistand i krisesenteret', source: 'S4:39' },
  { key: 'accompany_house_viewing', label: 'Følge på boligvisning', mark: 'inferred', source: 'VS-15' },
  { key: 'help_moving', label: 'Hjelp til flytting', mark: 'inferred', source: 'VS-15' },
  { key: 'individual_plan_cooperation', label: 'Deltakelse i samarbeid basert på lovhjemlet individuell plan', mark: 'inferred', source: 'VS-15' },
  { key: 'other_group', label: 'Andre gruppetilbud', mark: 'inferred', source: 'VS-15' },
  { key: 'other', label: 'Andre tilbud', mark: 'inferred', source: 'VS-15' },
] as const satisfies readonly OptionDef[]

/** §6.4 "Hva slags hjelp får barn tilbud om? Flere kryss mulig." (S4:74-93; S3 Tabell 16; keys of VS-17). */
export const childrenOfferOptions = [
  { key: 'welcome_conversation', label: 'Velkomstsamtale/informasjon om krisesentertilbudet, hvorfor barnet er der', source: 'S4:85; S3:6270' },
  { key: 'needs_assessment', label: 'Systematisk kartlegging av hjelpebehov', source: 'S4:85' },
  ...threatAssessmentOptions,
  { key: 'plan_during_stay', label: 'Plan for oppfølging under oppholdet', source: 'S4:89' },
  { key: 'primary_contact', label: 'Primærkontakt', source: 'S3:6270-6351' },
  { key: 'conversation_without_parent', label: 'Samtale uten mor/far til stede', source: 'S4:85' },
  { key: 'conversation_with_parent', label: 'Samtale med mor/far til stede', source: 'S4:85' },
  { key: 'kindergarten', label: 'Barnehage – i regi av krisesentertilbudet eller etter avtale med andre', source: 'S3:6270-6351' },
  {
    key: 'school_offer',
    label: 'Skoletilbud på/i regi av krisesenteret',
    formerLabels: [{ label: 'Skoletilbud på krisesenteret', until: 2020 }],
    source: 'S4:89, 93',
  },
  {
    key: 'transport_to_school',
    label: 'Ordne skyss eller følge barn til barnehage/skole',
    formerLabels: [{ label: 'Hjelp til å få i stand skyss til barnehage/skole', until: 2020 }],
    source: 'S4:93',
  },
  { key: 'cooperation_school', label: 'Samarbeid med barnets barnehage/skole', source: 'S4:85' },
  { key: 'groups_for_children', label: 'Grupper for barn', source: 'S4:87' },
  { key: 'leisure_by_centre', label: 'Fritidsaktiviteter i regi av krisesentertilbudet', source: 'S3:6270-6351' },
  { key: 'leisure_by_others', label: 'Fritidsaktiviteter i regi av andre', source: 'S4:89' },
  {
    key: 'responsibility_group',
    label: 'Deltakelse i samarbeidsgrupper rundt barnet',
    formerLabels: [{ label: 'Deltakelse i ansvarsgrupper rundt barnet', until: 2020 }],
    source: 'S4:87, 93',
  },
  { key: 'other', label: 'Andre tilbud', source: 'S3:6270-6351' },
] as const satisfies readonly OptionDef[]

/** §6.5 "Hva slags hjelp får dagbrukere tilbud om? Flere kryss mulig." (S4:136-157; keys of VS-16). */
export const dayUserOfferOptions = [
  { key: 'individual_conversation', label: 'Enesamtaler', source: 'S4:145' },
  helpContactingServices,
  { key: 'needs_assessment', label: 'Systematisk kartlegging av hjelpebehov', source: 'S4:145' },
  ...threatAssessmentOptions,
  { key: 'attending_meetings_with_services', label: 'Deltakelse i møte med andre tjenester', source: 'S4:147' },
  { key: 'offered_residence', label: 'Tilbud om å benytte krisesenterets botilbud', source: 'S4:147' },
  { key: 'leisure_by_centre', label: 'Fritidsaktiviteter/sosiale aktiviteter i regi av krisesenteret', source: 'S4:149' },
  { key: 'leisure_by_others', label: 'Fritidsaktiviteter/sosiale aktiviteter i regi av andre', source: 'S4:149' },
  parentingGroup,
  { key: 'lawyer_assistance', label: 'Advokatbistand i krisesentertilbudet', source: 'S4:151' },
  { key: 'home_follow_up', label: 'Oppfølging i hjemmet', mark: 'inferred', source: 'VS-16' },
  { key: 'offer_for_children', label: 'Tilbud til barn', mark: 'inferred', source: 'VS-16' },
  { key: 'other_group', label: 'Andre gruppetilbud', mark: 'inferred', source: 'VS-16' },
  { key: 'other', label: 'Annet', mark: 'inferred', source: 'VS-16' },
] as const satisfies readonly OptionDef[]

/**
 * §6.6 "Hva slags hjelp får pårørende tilbud om? Flere kryss mulig." (S4:182-201) [partial].
 * The centres need not offer anything to relatives (S4:191), so "none" is an answer of its own.
 */
export const relativesOfferOptions = [
  { key: 'individual_conversations', label: 'Enesamtaler', source: 'S4:191' },
  helpContactingServices,
  parentingGroup,
  { key: 'other', label: 'Andre tilbud', help: 'F.eks. familiesamtaler/familieråd eller pårørende som egen brukergruppe i chat/telefontjeneste.', source: 'S4:197, 201' },
  { key: 'none', label: 'Ingen tilbud til pårørende', exclusive: true, mark: 'inferred', source: 'S4:191' },
] as const satisfies readonly OptionDef[]
