import type { FieldKey, FormKey } from '@ly/forms'

/**
 * What every indicator id means, in Norwegian: the dashboard's and report's headings and
 * docs/statistics.md are written from this one list. `form`/`field` name the question a
 * distribution counts, so its category labels come from the form definition.
 */
export type IndicatorKind = 'count' | 'distribution' | 'share' | 'mean' | 'median' | 'ratio' | 'months'
export type CatalogSection = 'residents' | 'children' | 'day_users' | 'phone' | 'duty_phone' | 'capacity' | 'consent'

export interface CatalogEntry {
  id: string
  title: string
  section: CatalogSection
  kind: IndicatorKind
  form?: FormKey
  field?: string
  /** Who or what is counted, in words (decision 6: the unit is always said). */
  basis: string
  /**
   * The words for categories the engine makes itself rather than a form's options (nights of
   * women, men and children; calls in scope or not), so no screen shows the engine's keys.
   */
  categories?: Readonly<Record<string, string>>
}

/** `field` is a question of `form` (typed from the definition: a renamed question fails to compile). */
const e = <K extends FormKey>(id: string, title: string, section: CatalogSection, kind: IndicatorKind, basis: string, form?: K, field?: FieldKey<K>): CatalogEntry => ({
  id,
  title,
  section,
  kind,
  basis,
  ...(form && { form }),
  ...(field && { field }),
})

const A = 'adult_stay'
const C = 'child_stay'
const D = 'day_visit'
const P = 'phone_session'
const T = 'incoming_call'
const TA = 'turned_away'
const residents = 'Beboere (første opphold i året)'
const endedStays = 'Opphold som ble avsluttet i året'
const children = 'Barn (første opphold i året)'
const endedChildStays = 'Barns opphold som ble avsluttet i året'
const dayUsers = 'Dagbrukere (første besøk i året)'
const phoneUsers = 'Telefonbrukere (første samtale i året)'
/** D-01b, P-03b (decision 0037): events that may be a person's first but place nobody. */
const unplaced = (events: string) =>
  `${events} med samtykke uten saksnummer der «første gang i år» er besvart «Vet ikke» eller ikke besvart: de telles som ${events.toLowerCase()}, men ikke som personer`
const unplacedWords = { unknown: 'Vet ikke', unanswered: 'Ikke besvart' }
const adultsAndChildren = { adults: 'Voksne', children: 'Barn' }
const calls = 'Innkomne samtaler om vold i nære relasjoner og krisesentertjenester'

export const indicatorCatalog: readonly CatalogEntry[] = [
  e('R-01', 'Voksne beboere', 'residents', 'count', residents, A, 'sex'),
  e('R-02', 'Barn', 'children', 'count', children),
  { ...e('R-03', 'Beboere i alt (voksne og barn)', 'residents', 'count', 'Voksne og barn'), categories: adultsAndChildren },
  e('R-04', 'Opphold (voksne)', 'residents', 'count', 'Opphold med minst ett bodøgn i året, også uten samtykke'),
  e('R-05', 'Opphold (barn)', 'children', 'count', 'Barns opphold med minst ett bodøgn i året'),
  {
    ...e('R-06', 'Bodøgn', 'residents', 'count', 'Netter i året: kvinner, menn, annet kjønn, ukjent kjønn (også opphold uten samtykke) og barn'),
    categories: { female: 'Kvinner', male: 'Menn', other: 'Annet kjønn', unknown: 'Ukjent kjønn', children: 'Barn' },
  },
  e('R-07', 'Bodøgn per måned', 'residents', 'months', 'Netter i hver måned, voksne og barn'),
  e('R-07a', 'Bodøgn per måned, voksne', 'residents', 'months', 'Netter i hver måned'),
  e('R-07b', 'Bodøgn per måned, barn', 'children', 'months', 'Netter i hver måned'),
  e('R-08', 'Gjennomsnittlig botid (døgn)', 'residents', 'mean', endedStays),
  e('R-08b', 'Median botid (døgn)', 'residents', 'median', endedStays),
  e('R-08c', 'Bodøgn per beboer', 'residents', 'ratio', 'Bodøgn i året i voksnes opphold med samtykke delt på voksne beboere (begge bare fra registreringer med samtykke)'),
  e('R-08d', 'Gjennomsnittlig botid for barn (døgn)', 'children', 'mean', endedChildStays),
  e('R-08e', 'Median botid for barn (døgn)', 'children', 'median', endedChildStays),
  e('R-09a', 'Innflyttinger per måned, voksne', 'residents', 'months', 'Opphold som begynte i året, etter innflyttingsdato'),
  e('R-09b', 'Utflyttinger per måned, voksne', 'residents', 'months', 'Opphold som begynte i året, etter utflyttingsdato (ikke de som bodde der ved nyttår)'),
  e('R-09c', 'Innflyttinger per måned, barn', 'children', 'months', 'Barns opphold som begynte i året, etter innflyttingsdato'),
  e('R-09d', 'Utflyttinger per måned, barn', 'children', 'months', 'Barns opphold som begynte i året, etter utflyttingsdato (ikke de som bodde der ved nyttår)'),
  e(
    'R-09e',
    'Utflyttinger per måned, voksne som bodde der ved nyttår',
    'residents',
    'months',
    'Opphold over 1. januar, etter utflyttingsdato (utflytting 1. januar telles i januar)',
  ),
  e(
    'R-09f',
    'Utflyttinger per måned, barn som bodde der ved nyttår',
    'children',
    'months',
    'Barns opphold over 1. januar, etter utflyttingsdato (utflytting 1. januar telles i januar)',
  ),
  {
    ...e('R-10', 'Bodde på senteret ved nyttår', 'residents', 'count', 'Voksne og barn med opphold over 1. januar (også de som flyttet ut 1. januar)'),
    categories: adultsAndChildren,
  },
  e('R-11', 'Tidligere opphold (voksne)', 'residents', 'distribution', residents, A, 'previous_stays_count'),
  e('R-12', 'Voksne som hadde med seg barn', 'residents', 'share', residents, A, 'brought_children'),
  e('R-13', 'Beboere gjennom ROSA', 'residents', 'count', residents, A, 'rosa_case'),
  e('B-01', 'Innvandrerbakgrunn (begge foreldre født i utlandet)', 'residents', 'share', residents, A, 'parents_born_abroad'),
  e('B-02', 'Funksjonsnedsettelse', 'residents', 'share', residents, A, 'impairment'),
  e('B-03', 'Alder', 'residents', 'mean', residents, A, 'age'),
  e('B-04', 'Årsak til oppholdet', 'residents', 'distribution', residents, A, 'violence_types'),
  e('B-05', 'Andre voldsformer blant dem som var utsatt for psykisk vold', 'residents', 'distribution', 'Beboere utsatt for psykisk vold', A, 'violence_types'),
  e('B-06', 'Varighet på volden', 'residents', 'distribution', residents, A, 'violence_duration'),
  e('B-07', 'Relasjon til voldsutøver', 'residents', 'distribution', residents, A, 'perpetrator_relation'),
  e('B-08', 'Voldsutøvers kjønn', 'residents', 'distribution', residents, A, 'perpetrator_sex'),
  e('B-09', 'Voldsutøvers foreldre født i utlandet', 'residents', 'distribution', residents, A, 'perpetrator_parents_born_abroad'),
  e('B-10', 'Kontakt med krisesenteret via', 'residents', 'distribution', residents, A, 'contact_route'),
  e('B-11', 'Kontakt med andre instanser før oppholdet', 'residents', 'share', residents, A, 'agencies_before_stay'),
  e('B-11b', 'Kontakt med andre instanser opprettet under oppholdet', 'residents', 'share', endedStays, A, 'agencies_during_stay'),
  e('B-12', 'Tilknytning til arbeidslivet (andel yrkesaktive)', 'residents', 'share', residents, A, 'work_income'),
  e('B-13', 'Sivilstand (andel samboer eller gift)', 'residents', 'share', residents, A, 'civil_status'),
  e('O-01', 'Bistand under oppholdet', 'residents', 'distribution', endedStays, A, 'assistance'),
  e('O-03', 'Individuell plan', 'residents', 'share', endedStays, A, 'individual_plan'),
  e('O-04', 'Hvor beboeren dro etter oppholdet (andel til egen bolig)', 'residents', 'share', endedStays, A, 'destination_after_stay'),
  e('O-05', 'Anmeldelse (andel anmeldt)', 'residents', 'share', endedStays, A, 'police_report'),
  e('C-01', 'Barnas alder', 'children', 'mean', children, C, 'age'),
  e('C-02', 'Barnas kjønn', 'children', 'distribution', children, C, 'sex'),
  e('C-03', 'Barnas foreldre født i utlandet', 'children', 'distribution', children, C, 'parents_born_abroad'),
  e('C-04', 'Barn med tidligere opphold', 'children', 'share', children, C, 'previous_stays_count'),
  e('C-05', 'Barn med funksjonsnedsettelse', 'children', 'share', children, C, 'impairment'),
  e('C-06', 'Bistand til barn under oppholdet', 'children', 'distribution', endedChildStays, C, 'assistance'),
  e('C-07a', 'Barnehage eller skole', 'children', 'distribution', children, C, 'daycare_school_status'),
  e(
    'C-07b',
    'Fortsatt i barnehage eller skole under oppholdet',
    'children',
    'distribution',
    'Barn i barnehage eller skole, opphold avsluttet i året',
    C,
    'daycare_school_continued',
  ),
  e('C-08a', 'Organiserte fritidsaktiviteter', 'children', 'share', children, C, 'organised_leisure'),
  e('C-08b', 'Fortsatt med fritidsaktivitetene', 'children', 'distribution', 'Barn med fritidsaktiviteter, opphold avsluttet i året', C, 'organised_leisure_continued'),
  e('C-09', 'Samvær med voldsutøver under oppholdet', 'children', 'share', endedChildStays, C, 'contact_with_perpetrator_during_stay'),
  e('C-10', 'Barnas relasjon til voldsutøver', 'children', 'distribution', children, C, 'perpetrator_relation'),
  e('C-11a', 'Kontakt med barnevernet opprettet', 'children', 'share', endedChildStays, C, 'child_welfare_contact_established'),
  e('C-11b', 'Bekymringsmelding sendt', 'children', 'share', endedChildStays, C, 'concern_report_sent'),
  e('C-11c', 'Barnevernet var allerede involvert', 'children', 'share', children, C, 'child_welfare_already_involved'),
  e('C-12', 'Hvor barnet dro etter oppholdet', 'children', 'distribution', endedChildStays, C, 'destination_after_stay'),
  e('D-01', 'Dagbrukere', 'day_users', 'count', dayUsers, D, 'sex'),
  { ...e('D-01b', 'Dagsbesøk som ikke kan telles som dagbrukere', 'day_users', 'count', unplaced('Dagsbesøk')), categories: unplacedWords },
  e('D-02', 'Dagsbesøk', 'day_users', 'count', 'Alle dagsbesøk, også uten samtykke'),
  e('D-03', 'Dagsbesøk per dagbruker', 'day_users', 'ratio', 'Dagsbesøk med samtykke delt på dagbrukere (begge bare fra registreringer med samtykke)'),
  e('D-04', 'Dagsbesøk per måned', 'day_users', 'months', 'Alle dagsbesøk'),
  e('D-05', 'Dagsbesøk med samtykke', 'consent', 'share', 'Alle dagsbesøk'),
  e('D-06', 'Tidligere kontakt med krisesenter', 'day_users', 'share', dayUsers, D, 'prior_contact'),
  e('D-07', 'Andel av besøkene fra tidligere beboere', 'day_users', 'share', 'Dagsbesøk med samtykke'),
  e('D-08', 'År for første kontakt', 'day_users', 'distribution', 'Dagbrukere som har vært dagbruker eller beboer før', D, 'first_contact_year'),
  e('D-09', 'Antall tidligere opphold', 'day_users', 'distribution', 'Dagbrukere som har vært beboer før', D, 'previous_stays_count'),
  e('D-10', 'Alder', 'day_users', 'mean', dayUsers, D, 'age'),
  e('D-11', 'Sivilstand (andel samboer eller gift)', 'day_users', 'share', dayUsers, D, 'civil_status'),
  e('D-12', 'Innvandrerbakgrunn (begge foreldre født i utlandet)', 'day_users', 'share', dayUsers, D, 'parents_born_abroad'),
  e('D-13', 'Funksjonsnedsettelse', 'day_users', 'share', dayUsers, D, 'impairment'),
  e('D-14', 'Tilknytning til arbeidslivet (andel yrkesaktive)', 'day_users', 'share', dayUsers, D, 'work_income'),
  e('D-15', 'Kommunetilhørighet', 'day_users', 'distribution', dayUsers, D, 'municipality_affiliation'),
  e('D-16a', 'Barn under 18 år i husholdningen', 'day_users', 'share', dayUsers, D, 'children_under_18_in_household'),
  e('D-16b', 'Hadde med seg barn', 'day_users', 'share', dayUsers, D, 'brought_children'),
  e('D-16c', 'Antall barn de hadde med seg', 'day_users', 'distribution', 'Dagbrukere som hadde med seg barn', D, 'children_brought_count'),
  e('D-16d', 'Bekymringsmelding til barnevernet', 'day_users', 'share', 'Dagbrukere med barn i husholdningen', D, 'concern_report_to_child_welfare'),
  e('D-17', 'Kontakt med krisesenteret via', 'day_users', 'distribution', dayUsers, D, 'contact_route'),
  e('D-18', 'Årsak til henvendelsen', 'day_users', 'distribution', dayUsers, D, 'violence_types'),
  e('D-20a', 'Relasjon til voldsutøver', 'day_users', 'distribution', dayUsers, D, 'perpetrator_relation'),
  e('D-20b', 'Voldsutøvers kjønn', 'day_users', 'distribution', dayUsers, D, 'perpetrator_sex'),
  e('D-20c', 'Antall voldsutøvere', 'day_users', 'distribution', dayUsers, D, 'perpetrator_count'),
  e('D-21', 'Bistand ved første besøk', 'day_users', 'distribution', dayUsers, D, 'assistance'),
  e('D-22', 'Bistand per besøk', 'day_users', 'distribution', 'Dagsbesøk med samtykke', D, 'assistance'),
  e('D-23a', 'Kontakt med andre instanser før første besøk', 'day_users', 'share', dayUsers, D, 'agencies_before_visit'),
  e('D-23b', 'Kontakt med andre instanser opprettet ved besøket', 'day_users', 'share', dayUsers, D, 'agencies_at_visit'),
  e('D-24', 'Tolk', 'day_users', 'distribution', 'Dagbrukere med innvandrerbakgrunn', D, 'interpreter'),
  e('P-01', 'Enesamtaler på telefon/video', 'phone', 'count', 'Alle samtaler, også uten samtykke'),
  e('P-02', 'Hvorfor samtalen var på telefon/video', 'phone', 'distribution', 'Samtaler med samtykke', P, 'reason_by_phone'),
  e('P-03', 'Telefonbrukere', 'phone', 'count', phoneUsers, P, 'sex'),
  { ...e('P-03b', 'Samtaler som ikke kan telles som telefonbrukere', 'phone', 'count', unplaced('Samtaler')), categories: unplacedWords },
  e('P-04', 'Samtaler per telefonbruker', 'phone', 'ratio', 'Samtaler med samtykke delt på telefonbrukere (begge bare fra registreringer med samtykke)'),
  e('P-05', 'Tidligere kontakt med krisesenter', 'phone', 'share', phoneUsers, P, 'prior_contact'),
  e('P-05b', 'År for første kontakt', 'phone', 'distribution', 'Telefonbrukere som har vært dagbruker eller beboer før', P, 'first_contact_year'),
  e('P-05c', 'Antall tidligere opphold', 'phone', 'distribution', 'Telefonbrukere som har vært beboer før', P, 'previous_stays_count'),
  {
    ...e('T-01a', 'Innkomne samtaler', 'duty_phone', 'count', calls),
    categories: { in_scope: 'Om vold i nære relasjoner eller krisesentertjenester', other: 'Andre henvendelser' },
  },
  e('T-01b', 'Krisetelefoner', 'duty_phone', 'share', calls, T, 'is_crisis_call'),
  e('T-01c', 'Hvem ringte', 'duty_phone', 'distribution', calls, T, 'caller_type'),
  e('T-01d', 'Ringte på vegne av seg selv', 'duty_phone', 'share', 'Samtaler fra privatpersoner', T, 'on_behalf_of_self'),
  e('T-01e', 'Årsak til henvendelsen', 'duty_phone', 'distribution', calls, T, 'call_reason'),
  e('T-01f', 'Minoritetsspråklig bakgrunn', 'duty_phone', 'share', calls, T, 'minority_language_background'),
  e('T-01g', 'Innkomne samtaler per måned', 'duty_phone', 'months', calls),
  e('T-01g2', 'Krisetelefoner per måned', 'duty_phone', 'months', 'Krisetelefoner'),
  e('T-01h', 'Utgående samtaler', 'duty_phone', 'distribution', 'Utgående samtaler, talt per dag og mottaker'),
  e('T-01h2', 'Utgående samtaler per innkommende samtale', 'duty_phone', 'ratio', 'Utgående samtaler delt på innkomne samtaler'),
  e('CAP-01', 'Avviste henvendelser', 'capacity', 'count', 'Henvendelser om botilbud senteret ikke kunne ta imot, etter årsak', TA, 'reason'),
  e('CAP-01a', 'Hva ble gjort ved avvisning', 'capacity', 'distribution', 'Avviste henvendelser', TA, 'action_taken'),
  e('CAP-01b', 'Hvem som henvendte seg', 'capacity', 'distribution', 'Avviste henvendelser', TA, 'requester'),
  e('CAP-02', 'Barn som ville ha kommet med', 'capacity', 'count', 'Barn i avviste henvendelser («4 eller flere» telles som 4)', TA, 'children_count'),
  // Its one category is the full days themselves: named for people, not by its key.
  {
    ...e('CAP-03', 'Dager med fullt botilbud', 'capacity', 'count', 'Dager da minst ett tilbud hadde like mange eller flere beboere (voksne og barn) enn faste plasser'),
    categories: { full: 'Fulle dager' },
  },
  e('CAP-04', 'Beleggsprosent', 'capacity', 'share', 'Bodøgn (voksne og barn) delt på faste plasser ganger dager, i prosent'),
  e('LY-01', 'Registreringer med samtykke', 'consent', 'share', 'Voksnes opphold, dagsbesøk og telefonsamtaler (barn følger den voksne)'),
]

/** The form whose records a section's figures count; null where they count several (consent, capacity). */
const sectionForms: Record<CatalogSection, FormKey | null> = { residents: A, children: C, day_users: D, phone: P, duty_phone: T, capacity: null, consent: null }

/**
 * The form an indicator's figure depends on: a period without a record of it has no figure to
 * compare with (issue 17, point 10). null: any form.
 */
export const comparedForm = (entry: CatalogEntry): FormKey | null => entry.form ?? sectionForms[entry.section]

export const catalogEntry = (id: string) => indicatorCatalog.find((c) => c.id === id)
