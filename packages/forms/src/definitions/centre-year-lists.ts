import type { OptionDef } from '../define-form'

/**
 * The annual form's other code lists (data-dictionary §6.1, 6.3, 6.7, 6.9–6.13). Keys are the
 * dictionary's where it gives them (the security measures of §6.7, the agencies of VS-11/VS-12);
 * elsewhere they are new English keys for the sources' labels. Lists the dictionary marks
 * [partial] are completed with options marked inferred.
 */

/** §6.1 "Hvilken organisasjonsform har krisesentertilbudet?" (S3:7088-7105). */
export const organisationFormOptions = [
  { key: 'municipal', label: 'Kommunal virksomhet' },
  { key: 'inter_municipal_company', label: 'Interkommunalt selskap IKS' },
  { key: 'voluntary_private', label: 'Frivillig/privat virksomhet' },
  { key: 'foundation', label: 'Stiftelse' },
  { key: 'other', label: 'Annet' },
] as const satisfies readonly OptionDef[]

/** §6.1 "Døgnbemanning?" [partial; categories inferred from S3:1628-1640]. */
export const staffingOptions = [
  { key: 'round_the_clock', label: 'Døgnbemanning' },
  { key: 'round_the_clock_with_backup', label: 'Døgnbemanning med tidvis bakvakt' },
  { key: 'not_round_the_clock', label: 'Ikke døgnbemanning' },
] as const satisfies readonly OptionDef[]

/** §6.1 K-04 (S3:1713-1783). */
export const offerFullOptions = [
  { key: 'yes_once', label: 'Ja, en gang' },
  { key: 'yes_several', label: 'Ja, flere ganger' },
  { key: 'no', label: 'Nei' },
] as const satisfies readonly OptionDef[]

/** §6.1 "Hva gjøres når botilbudet er fullt?" [partial] (S3:1701-1706, 1786-1794). */
export const actionWhenFullOptions = [
  { key: 'extra_bed', label: 'Tar i bruk en ekstra seng/plass' },
  { key: 'contact_other_centres', label: 'Ansatte tar kontakt med andre krisesentertilbud' },
  { key: 'help_to_other_centre', label: 'Hjelper brukerne til å komme seg til annet krisesentertilbud' },
  { key: 'other', label: 'Annet', mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** §6.1 Figur 4 "Krisesentertilbudenes tilgjengelighet for utsatte grupper" [partial] (S3:1800-1806). */
export const accessibleGroupOptions = [
  { key: 'human_trafficking', label: 'Utsatte for menneskehandel' },
  { key: 'unclear_residence_status', label: 'Personer med uklar oppholdsstatus' },
  { key: 'non_participating_municipality', label: 'Personer som bor i en kommune som ikke deltar i krisesentertilbudet' },
  { key: 'substance_abuse', label: 'Brukere med kjent rusproblematikk' },
  { key: 'mental_illness', label: 'Personer med psykiske lidelser' },
  { key: 'intellectual_disability', label: 'Personer med psykisk utviklingshemming' },
] as const satisfies readonly OptionDef[]

/** §6.1 "Hvor er tilbudet til menn lokalisert?" (S3:6355-6389; S4:11-12). */
export const mensOfferLocationOptions = [
  { key: 'own_premises', label: 'I egne lokaler (i annen bygning enn for tilbudet til kvinner)' },
  { key: 'same_building_separate', label: 'Samme bygning som tilbudet for kvinner, fysisk atskilte lokaler (separate rom og inngang)' },
  { key: 'temporary', label: 'Midlertidig løsning' },
] as const satisfies readonly OptionDef[]

/** §6.1 "Vurderer dere at krisesenteret har lokaler som er egnet til formålet?" (S3:2017-2051). */
export const premisesSuitableOptions = [
  { key: 'yes', label: 'Ja' },
  { key: 'partly', label: 'I noen grad', mark: 'inferred' },
  { key: 'no', label: 'Nei', mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** §6.3 residents (S4:51-64). */
export const residentsProcedureOptions = [
  { key: 'intake_conversation', label: 'Inntakssamtale' },
  { key: 'protection_needs_assessment', label: 'Kartlegging av beskyttelsesbehov' },
  { key: 'needs_assessment', label: 'Kartlegging av hjelpebehov' },
  { key: 'follow_up_during_stay', label: 'Oppfølging under oppholdet' },
  { key: 'follow_up_after_stay', label: 'Oppfølging etter oppholdet' },
] as const satisfies readonly OptionDef[]

/** §6.3 children [partial] (S4:97-110). */
export const childrenProcedureOptions = [
  { key: 'welcome_conversation', label: 'Velkomstsamtale/informasjon om krisesentertilbudet, hvorfor barnet er der' },
  { key: 'needs_assessment', label: 'Kartlegging av barns hjelpebehov' },
  { key: 'follow_up_during_stay', label: 'Oppfølging av barn under oppholdet' },
  { key: 'follow_up_after_stay', label: 'Oppfølging av barn etter oppholdet' },
] as const satisfies readonly OptionDef[]

/** §6.3 day users (S4:161-174). */
export const dayUserProcedureOptions = [
  { key: 'needs_and_protection_assessment', label: 'Kartlegging av hjelpe- og beskyttelsesbehov ved henvendelser fra dagbrukere' },
  { key: 'follow_up', label: 'Oppfølging av dagbrukerne' },
] as const satisfies readonly OptionDef[]

/** §6.3 Figur 15 "Rutiner for bestilling og bruk av tolk" (S3:2496-2508). */
export const interpreterRoutineOptions = [
  { key: 'foreign_language', label: 'Tolk for personer med innvandrerbakgrunn (fremmedspråk)' },
  { key: 'sign_language', label: 'Tegnspråktolk' },
  { key: 'deafblind', label: 'Døvblindtolk' },
] as const satisfies readonly OptionDef[]

/** §6.7 S3 Tabell 12 (S3:6031-6110) and S4:205-231; the keys are the dictionary's. */
export const securityMeasureOptions = [
  { key: 'door_intercom', label: 'Porttelefon ved inngangsdør' },
  { key: 'entrance_camera', label: 'Kameraovervåkning av inngangsparti' },
  { key: 'reinforced_door_security_lock', label: 'Sikret/forsterket dør med sikkerhetslås' },
  { key: 'lockable_secured_windows', label: 'Sikrede vinduer som er låsbare' },
  { key: 'burglar_alarm', label: 'Innbruddsalarm' },
  { key: 'screened_view', label: 'Skjermet innsyn til krisesenteret' },
  { key: 'regular_security_check_procedure', label: 'Prosedyre for regelmessig kontroll av fysiske sikkerhetstiltak' },
  { key: 'entrance_airlock', label: 'Sluse ved inngang/utvidet inngangsparti' },
  { key: 'screened_lit_outdoor_area', label: 'Skjermet, oversiktlig og opplyst uteareal' },
  { key: 'screened_play_area', label: 'Skjermet og oversiktlig uteareal for lek' },
  { key: 'shatterproof_glass', label: 'Slagsikkert/hærverkshemmende glass i vinduer' },
  { key: 'reinforced_internal_doors', label: 'Sikrede/forsterkede dører inne i krisesenteret' },
  { key: 'staff_electronic_access', label: 'Elektronisk adgangskontroll for ansatte' },
  { key: 'security_review_with_residents', label: 'Rutine for gjennomgang av sikkerhetstiltak med beboere' },
  {
    key: 'confidentiality_declaration',
    label: 'Krav om taushetserklæring fra brukere',
    formerLabels: [{ label: 'Krav om taushetserklæring for brukere', until: 2020 }],
    source: 'S4:230',
  },
  { key: 'written_threat_routine', label: 'Skriftlig rutine for håndtering av trusselsituasjoner' },
  { key: 'protected_address', label: 'Skjermet adresse' },
  { key: 'risk_analyst_sara', label: 'Samarbeid med risikoanalytikere/SARA', since: 2019, source: 'S4:228' },
  {
    key: 'other_security',
    label: 'Andre sikkerhetstiltak',
    help: 'F.eks. overfallsalarm, personalarm, adgangskort for beboere, direkte alarm til vekterselskap.',
    source: 'S4:224',
  },
] as const satisfies readonly OptionDef[]

/** §6.9 "Hvordan henter krisesentret inn brukernes tilbakemelding på tilbudet?" [partial] (S4:255-268). */
export const feedbackMethodOptions = [
  { key: 'evaluation_form', label: 'Evalueringsskjema for brukerne' },
  { key: 'evaluation_conversation', label: 'Evalueringssamtale med brukerne' },
  { key: 'resident_meeting', label: 'Regelmessig beboermøte' },
  { key: 'user_survey', label: 'Brukerundersøkelse', mark: 'inferred' },
  { key: 'user_council', label: 'Brukerråd', mark: 'inferred' },
  { key: 'other', label: 'Annet', mark: 'inferred' },
] as const satisfies readonly OptionDef[]
