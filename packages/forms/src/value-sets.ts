import type { OptionDef } from './define-form'

/**
 * Shared code lists (data-dictionary §2.0). Keys are the dictionary's; labels are the sources'
 * Norwegian wording. Lists the dictionary marks [partial] are completed with options marked
 * `mark: 'inferred'`. Retired options stay so older years still label correctly.
 */

export const offerOptions = [
  { key: 'women', label: 'Krisesentertilbudet for kvinner', source: 'S3:1015' },
  { key: 'men', label: 'Krisesentertilbudet for menn', source: 'S3:1017' },
] as const satisfies readonly OptionDef[]

export type OfferKey = (typeof offerOptions)[number]['key']
/** The offers' keys in their order, for schemas and loops: never written out again. */
export const offerKeys = offerOptions.map((o) => o.key) as unknown as readonly [OfferKey, ...OfferKey[]]
/** A list's or a figure's choice of offer: one of them, or both. */
export type OfferFilter = OfferKey | 'all'
/** A value for each offer, keyed by it. */
export const byOffer = <T>(value: (offer: OfferKey) => T) => Object.fromEntries(offerKeys.map((o) => [o, value(o)])) as Record<OfferKey, T>
/**
 * The offers in few words, where the form's label is too long: «Kvinner» in lists and filters,
 * «kvinner» in a sentence («tilbudet til kvinner»).
 */
export const offerWords = {
  women: { short: 'Kvinner', people: 'kvinner' },
  men: { short: 'Menn', people: 'menn' },
} as const satisfies Record<OfferKey, { short: string; people: string }>

/**
 * «Første gang i år?» (decisions 3 and 0037): ja, nei or «Vet ikke» — the form's word for an
 * answer staff cannot give (VS-13's `unknown`). «Vet ikke» is an answer, not a blank: such a
 * record is counted apart as «ukjent om første gang», never guessed into a person or out of one.
 */
export const firstInYearOptions = [
  { key: 'yes', label: 'Ja' },
  { key: 'no', label: 'Nei' },
  { key: 'unknown', label: 'Vet ikke', unknown: true },
] as const satisfies readonly OptionDef[]

/** An answer to «Første gang i år?» on any form (every `firstInYearField` offers these options). */
export type FirstInYearKey = (typeof firstInYearOptions)[number]['key']

/** Decision 7: a third value, since national totals leave a remainder (S0:24, 48). */
export const sexOptions = [
  { key: 'female', label: 'Kvinne' },
  { key: 'male', label: 'Mann' },
  { key: 'other', label: 'Annet / ikke oppgitt', mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** The known answers to sex; anything else (no answer, a bare stay) is unknown. */
export const sexKeys: readonly string[] = sexOptions.map((o) => o.key)

/** VS-1, S3 Tabell 3 (S3:1363-1394); negativ sosial kontroll from S0:114. */
export const violenceTypeOptions = [
  { key: 'psychological', label: 'Psykisk vold' },
  { key: 'physical', label: 'Fysisk vold' },
  { key: 'threats', label: 'Trusler' },
  { key: 'material', label: 'Materiell vold' },
  { key: 'economic', label: 'Økonomisk vold', since: 2017 },
  { key: 'digital', label: 'Digital/elektronisk vold' },
  { key: 'forced_marriage', label: 'Tvangsekteskap' },
  { key: 'honour_based', label: 'Æresrelatert vold' },
  { key: 'sexual_against_user', label: 'Seksuell vold mot bruker', since: 2017 },
  { key: 'physical_against_users_child', label: 'Fysisk vold mot brukerens barn', since: 2017 },
  { key: 'psychological_against_users_child', label: 'Psykisk vold mot brukerens barn', since: 2017 },
  { key: 'sexual_against_users_child', label: 'Seksuell vold mot brukerens barn', since: 2017 },
  { key: 'human_trafficking', label: 'Menneskehandel' },
  { key: 'negative_social_control', label: 'Negativ sosial kontroll', since: 2021, mark: 'partial', source: 'S0:114' },
  { key: 'other', label: 'Annet' },
] as const satisfies readonly OptionDef[]

/** VS-2 (S3:5481-5501); "vet ikke" inferred from columns summing to 97 % (S1:376-382). */
export const violenceDurationOptions = [
  { key: 'single_incident', label: 'Engangstilfelle' },
  { key: 'past_year', label: 'Pågått siste året' },
  { key: 'one_to_four_years', label: 'Pågått 1-4 år' },
  { key: 'five_years_or_more', label: 'Pågått 5 år eller lengre' },
  { key: 'unknown', label: 'Vet ikke', unknown: true, mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** VS-3 [partial]: visible labels (S1:270-274; S0:202) completed with inferred ones. */
export const perpetratorRelationOptions = [
  { key: 'current_spouse_cohabitant', label: 'Nåværende ektefelle/samboer' },
  { key: 'former_spouse_cohabitant', label: 'Tidligere ektefelle/samboer' },
  { key: 'boyfriend_girlfriend', label: 'Kjæreste' },
  { key: 'parents_stepparents', label: 'Foreldre/steforeldre' },
  { key: 'siblings', label: 'Søsken', mark: 'inferred' },
  { key: 'own_child', label: 'Eget barn', mark: 'inferred' },
  { key: 'other_family', label: 'Annen familie', mark: 'inferred' },
  { key: 'acquaintances', label: 'En eller flere bekjente' },
  { key: 'unknown_persons', label: 'En eller flere ukjente', mark: 'inferred' },
  { key: 'other', label: 'Annen', mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** VS-3c [partial] (S1:519-523; S2:39). */
export const childPerpetratorRelationOptions = [
  { key: 'father', label: 'Barnets far' },
  { key: 'stepfather', label: 'Barnets stefar' },
  { key: 'mother', label: 'Barnets mor', mark: 'inferred' },
  { key: 'stepmother', label: 'Barnets stemor', mark: 'inferred' },
  { key: 'grandparents', label: 'Barnets besteforeldre' },
  { key: 'siblings', label: 'Søsken', mark: 'inferred' },
  { key: 'unknown_persons', label: 'En eller flere ukjente' },
  { key: 'other', label: 'Annen', mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** VS-4 (S1:274, 888). */
export const perpetratorSexOptions = [
  { key: 'male', label: 'Mann' },
  { key: 'female', label: 'Kvinne' },
] as const satisfies readonly OptionDef[]

/** VS-5 (S1:888-890). */
export const perpetratorCountOptions = [
  { key: 'one', label: 'En voldsutøver' },
  { key: 'two_or_more', label: 'To eller flere' },
] as const satisfies readonly OptionDef[]

/** VS-6 (S3:2173-2175; S1:301). Innvandrerbakgrunn = `both` (S0:76). */
export const parentsBornAbroadOptions = [
  { key: 'both', label: 'Begge foreldrene er født i utlandet' },
  { key: 'one', label: 'Én av foreldrene er født i utlandet' },
  { key: 'none', label: 'Begge foreldrene er født i Norge' },
  { key: 'unknown', label: 'Vet ikke', unknown: true, mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** VS-7 (S3:5589-5609); "none" inferred and exclusive. */
export const impairmentOptions = [
  { key: 'reduced_mobility', label: 'Nedsatt bevegelsesevne' },
  { key: 'reduced_vision', label: 'Nedsatt synsevne' },
  { key: 'reduced_hearing', label: 'Nedsatt hørselsevne' },
  { key: 'cognitive', label: 'Kognitive vansker (f.eks. problemer med konsentrasjon eller hukommelse o.l.)' },
  { key: 'mental_illness_diagnosed', label: 'Psykiske lidelser (med diagnose)', since: 2015 },
  { key: 'mental_illness_undiagnosed', label: 'Psykiske lidelser (uten diagnose)', since: 2015 },
  { key: 'chronic_illness', label: 'Kronisk(e) sykdom(mer)' },
  { key: 'other', label: 'Annen funksjonsnedsettelse' },
  { key: 'none', label: 'Ingen funksjonsnedsettelse', exclusive: true, mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** VS-8 (S0:88; S1:400-406). Yrkesaktiv = full_time_work or part_time_work. */
export const workIncomeOptions = [
  { key: 'full_time_work', label: 'Arbeider fulltid' },
  { key: 'part_time_work', label: 'Arbeider deltid' },
  { key: 'benefits_pension', label: 'Stønad, trygd eller pensjon' },
  { key: 'education', label: 'Under utdanning' },
  { key: 'job_seeker', label: 'Arbeidssøker' },
  { key: 'course', label: 'Deltar på kurs' },
  { key: 'homemaker', label: 'Hjemmearbeidende' },
  { key: 'other', label: 'Annen tilknytning til arbeidslivet' },
] as const satisfies readonly OptionDef[]

/** VS-9 (S0:66, 301). In a couple = cohabitant or married_registered_partner. */
export const civilStatusOptions = [
  { key: 'single', label: 'Enslig' },
  { key: 'living_apart_together', label: 'Særbo' },
  { key: 'cohabitant', label: 'Samboer' },
  { key: 'married_registered_partner', label: 'Gift/registrert partner' },
  { key: 'separated', label: 'Separert' },
  { key: 'divorced', label: 'Skilt' },
  { key: 'widowed', label: 'Enke/enkemann' },
  { key: 'moved_from_cohabitant', label: 'Flyttet fra samboer' },
] as const satisfies readonly OptionDef[]

/** VS-10 (S0:94; S1:773-778). The municipalities' names are centre settings. */
export const municipalityAffiliationOptions = [
  { key: 'host_municipality', label: 'Kommunen der senteret er lokalisert' },
  { key: 'contributing_municipality', label: 'En annen kommune som bidrar økonomisk til krisesentertilbudet' },
  { key: 'other_municipality', label: 'Andre kommuner' },
  { key: 'none', label: 'Ingen kommunetilhørighet / ikke kjent' },
] as const satisfies readonly OptionDef[]

/** VS-11 (S1:361-371; S0:104-108). */
export const contactRouteOptions = [
  { key: 'own_initiative', label: 'Eget initiativ' },
  { key: 'family_friend_acquaintance', label: 'Familie, venn eller bekjent' },
  { key: 'other_crisis_centre', label: 'Et annet krisesenter' },
  { key: 'police', label: 'Politiet' },
  { key: 'child_welfare', label: 'Barnevernet' },
  { key: 'gp_emergency_hospital', label: 'Sykehus/fastlege/legevakt' },
  { key: 'mental_health_service', label: 'Psykisk helsetjeneste' },
  { key: 'school', label: 'Skole' },
  { key: 'nav', label: 'NAV' },
  { key: 'family_counselling_office', label: 'Familievernkontoret' },
  { key: 'health_visitor_station', label: 'Helsesykepleier/helsestasjon' },
  { key: 'municipal_home_services', label: 'Hjemmebaserte kommunale tjenester' },
  { key: 'sexual_assault_centre', label: 'Overgrepsmottak' },
  { key: 'other_agency', label: 'Andre instanser' },
] as const satisfies readonly OptionDef[]

/** VS-12 [partial] (S0:158-166, 262-271; S1:387-389). */
export const agencyOptions = [
  { key: 'police', label: 'Politiet' },
  { key: 'hospital_gp_emergency', label: 'Sykehus/fastlege/legevakt' },
  { key: 'lawyer', label: 'Advokat' },
  { key: 'nav', label: 'NAV' },
  { key: 'mental_health_service', label: 'Psykisk helsetjeneste' },
  { key: 'family_counselling_office', label: 'Familievernkontor' },
  { key: 'child_welfare', label: 'Barnevernet' },
  { key: 'health_visitor_station', label: 'Helsesykepleier/helsestasjon' },
  { key: 'housing_office', label: 'Boligkontor' },
  { key: 'substance_abuse_services', label: 'Rusomsorg' },
  { key: 'refugee_service', label: 'Flyktningeinstans' },
  { key: 'other', label: 'Andre' },
  { key: 'none', label: 'Ingen', exclusive: true, mark: 'inferred' },
] as const satisfies readonly OptionDef[]

const destinationCommon = [
  { key: 'own_home_without_perpetrator', label: 'Hjem til egen bolig (uten voldsutøver)' },
  { key: 'new_other_home', label: 'Ny/annen bolig' },
  { key: 'back_to_perpetrator', label: 'Tilbake til voldsutøver' },
  { key: 'relatives_friends', label: 'Slektninger/venner' },
  { key: 'transitional_housing', label: 'Overgangsbolig' },
  { key: 'other_crisis_centre', label: 'Annet krisesentertilbud' },
] as const satisfies readonly OptionDef[]

/** VS-13, adults (S3:3309-3342; S3:6749-6774). */
export const adultDestinationOptions = [
  ...destinationCommon,
  { key: 'institution', label: 'Institusjon' },
  { key: 'refugee_service', label: 'Flyktninginstans' },
  { key: 'unknown', label: 'Vet ikke', unknown: true },
  { key: 'other_place', label: 'Annet sted' },
] as const satisfies readonly OptionDef[]

/** VS-13, children (S3:6212-6245). */
export const childDestinationOptions = [
  ...destinationCommon,
  { key: 'child_welfare_measure', label: 'Barnevernstiltak' },
  { key: 'refugee_service', label: 'Flyktninginstans' },
  { key: 'unknown', label: 'Vet ikke', unknown: true },
  { key: 'other_place', label: 'Annet sted' },
] as const satisfies readonly OptionDef[]

/** VS-14 [partial] (S1:439-471). */
export const policeReportOptions = [
  { key: 'reported_by_self', label: 'Anmeldt selv' },
  { key: 'public_prosecution', label: 'Offentlig påtale' },
  { key: 'reported_by_others', label: 'Anmeldt av andre' },
  { key: 'does_not_want_to_report', label: 'Ønsker ikke å anmelde' },
  { key: 'undecided_unknown', label: 'Usikker / vet ikke', unknown: true, mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** VS-19 (S0:30-36; S1:784-786); "none" inferred and exclusive. */
export const priorContactOptions = [
  { key: 'day_user', label: 'Dagbruker tidligere' },
  { key: 'phone', label: 'Telefonkontakt tidligere' },
  { key: 'resident', label: 'Beboer på et krisesenter tidligere' },
  { key: 'none', label: 'Ingen tidligere kontakt med krisesenter', exclusive: true, mark: 'inferred' },
] as const satisfies readonly OptionDef[]

/** The threat-assessment split (S0:140; S4:29-33) replaced the single item from 2021. */
export const threatAssessmentOptions = [
  { key: 'threat_assessment', label: 'Systematisk kartlegging av trusler/beskyttelsesbehov', retiredFrom: 2021 },
  { key: 'threat_assessment_by_centre', label: 'Systematisk kartlegging av trusler/beskyttelsesbehov i regi av krisesenteret', since: 2021, source: 'S4:29' },
  { key: 'threat_assessment_by_others', label: 'Systematisk kartlegging av trusler/beskyttelsesbehov i regi av andre', since: 2021, source: 'S4:33' },
] as const satisfies readonly OptionDef[]

/** Interpreter (S0:333-335): shown for day users; asked of residents too [inferred, §7.1 Q6]. */
export const interpreterOptions = [
  { key: 'used', label: 'Det ble benyttet tolk' },
  { key: 'needed_not_used', label: 'Behov for tolk uten at dette ble benyttet' },
  { key: 'not_needed', label: 'Ikke behov for tolk', mark: 'inferred' },
] as const satisfies readonly OptionDef[]
