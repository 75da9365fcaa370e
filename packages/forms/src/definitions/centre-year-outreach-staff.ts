import type { OptionDef } from '../define-form'

/** Code lists of data-dictionary §6.10–6.13: outreach, staff, cooperation, accessibility. */

/** §6.10 "Har sentret drevet ulike former for utadrettet informasjonsarbeid i løpet av året?" (S3:5790-5807; S4:276-299). */
export const outreachOptions = [
  { key: 'facebook', label: 'Egen profil/konto på Facebook' },
  {
    key: 'other_social_media',
    label: 'Egen profil/konto på andre sosiale medier',
    formerLabels: [{ label: 'Egen profil/konto på Twitter/andre sosiale medier', until: 2022 }],
    source: 'S4:299',
  },
  { key: 'local_press_ads', label: 'Annonser i lokalpresse' },
  { key: 'brochures_waiting_rooms', label: 'Brosjyrer/plakater på venterom hos andre tjenester' },
  { key: 'education_institutions', label: 'Besøk/informasjon på skoler/utdanningsinstitusjoner' },
  { key: 'support_services', label: 'Besøk/informasjon i hjelpeapparatet' },
  { key: 'other', label: 'Annet', help: 'F.eks. medieoppslag, stand, foredrag, prosjekter, voksenopplæring eller besøk på flyktningmottak.', source: 'S4:289' },
  { key: 'none', label: 'Ikke drevet med informasjonsarbeid', exclusive: true },
] as const satisfies readonly OptionDef[]

/** §6.10 the follow-up on education institutions [partial] (S4:293). */
export const educationLevelOptions = [
  { key: 'higher_education', label: 'Relevante høyskoleutdanninger' },
  { key: 'upper_secondary', label: 'Videregående skoler' },
  { key: 'primary_lower_secondary', label: 'Grunnskoler' },
] as const satisfies readonly OptionDef[]

/** §6.11 "Har tilbudet ansatte i brukerrettede stillinger med spesiell kompetanse innen …" (S3:2882-2929, 6399-6455). */
export const specialCompetenceOptions = [
  { key: 'disabilities', label: 'Personer med funksjonsnedsettelser som opplever vold i nære relasjoner' },
  { key: 'intellectual_disabilities', label: 'Personer som er psykisk utviklingshemmet som opplever vold i nære relasjoner' },
  { key: 'minority_background', label: 'Personer med minoritetsbakgrunn som opplever vold i nære relasjoner' },
  { key: 'honour_violence_forced_marriage', label: 'Æresrelatert vold/tvangsekteskap' },
  { key: 'human_trafficking', label: 'Menneskehandel' },
  { key: 'men_victims', label: 'Menn som opplever vold i nære relasjoner' },
  { key: 'interagency_cooperation', label: 'Tverretatlig samarbeid' },
  { key: 'icdp_certification', label: 'Sertifisering som veileder i ICDP/foreldreveiledning' },
  { key: 'children', label: 'Barn', mark: 'partial', source: 'S3:2864-2865' },
  { key: 'none', label: 'Nei', exclusive: true },
] as const satisfies readonly OptionDef[]

/** §6.11 samarbeid med RVTS (S3:6461-6479; S3:3001-3004). */
export const rvtsCooperationOptions = [
  { key: 'courses', label: 'Ja, ved gjennomføring av kurs/kompetansetiltak' },
  { key: 'staff_supervision', label: 'Ja, ved veiledning av ansatte' },
  { key: 'none', label: 'Nei', exclusive: true, mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/**
 * §6.12 the agencies of "Samarbeid om enkeltsaker, med:" and "Har skriftlig samarbeidsavtale,
 * med:" (S3:6645-6744); keys of VS-11/VS-12 where the agency is the same.
 */
export const cooperationAgencyOptions = [
  { key: 'nav', label: 'NAV' },
  { key: 'child_welfare', label: 'Barneverntjenesten i kommunen(e)' },
  { key: 'family_counselling_office', label: 'Familievernet' },
  { key: 'mental_health_dps', label: 'Psykisk helsevern / DPS' },
  { key: 'police', label: 'Politi' },
  { key: 'sexual_assault_centre', label: 'Overgrepsmottak' },
  { key: 'childrens_house', label: 'Barnehus' },
  { key: 'housing_office', label: 'Boligkontor' },
  { key: 'substance_abuse_services', label: 'Rusomsorg' },
] as const satisfies readonly OptionDef[]

/** §6.13 [partial] (S3 appendix Figur 16/17; S3:2490-2521). */
export const accessibilityOptions = [
  { key: 'universal_design', label: 'Universelt utformet' },
  { key: 'accessible_toilets', label: 'Handikaptoaletter' },
  { key: 'step_free_access', label: 'Trinnfri adkomst' },
  { key: 'braille_signage', label: 'Innendørs skilting med blindeskrift' },
  { key: 'hearing_loop', label: 'Hørselsslynge' },
  { key: 'stair_lift', label: 'Trappeheis' },
  { key: 'wheelchair_ramp', label: 'Rullestolrampe' },
  { key: 'none', label: 'Ingen tilrettelegging', exclusive: true },
] as const satisfies readonly OptionDef[]
