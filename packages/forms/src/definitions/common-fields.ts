import { firstInYearOptions, offerOptions, priorContactOptions } from '../value-sets'

/** Decision 2: free text is at most 200 characters and screened for identifiers. */
export const FREE_TEXT_MAX = 200

/** The first question of every user form (decision 1; S1:19-23). */
export const consentField = {
  key: 'consent_to_statistics',
  kind: 'boolean',
  label: 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?',
  help: 'Ved nei lagres bare at registreringen fant sted: dato, tilbud og eventuelt saksnummer – ingen andre svar.',
  bare: true,
  required: true,
  source: 'S1:19-23',
} as const

export const offerField = {
  key: 'offer',
  kind: 'single',
  label: 'Tilbud',
  bare: true,
  required: true,
  options: offerOptions,
  source: 'S3:1015-1017',
} as const

export const caseCodeField = {
  key: 'case_code',
  kind: 'case_code',
  label: 'Saksnummer (valgfritt)',
  help: 'En tilfeldig kode som ansatte noterer i egne papirer. Den kobler personens besøk og opphold uten navn.',
  bare: true,
} as const

/**
 * Earlier contact with a crisis centre (VS-19 … VS-21), asked of day users and phone users
 * alike; the year and the earlier stays only of those who had been day users or residents
 * (S0:38-40, 50-53). `asked` is the question's own wording for the form.
 */
export const priorContactFields = (asked: { label: string; help?: string; source: string }) =>
  [
    { key: 'prior_contact', carryOver: true, kind: 'multi', options: priorContactOptions, ...asked },
    {
      key: 'first_contact_year',
      carryOver: true,
      kind: 'integer',
      label: 'Hvilket år kom brukeren første gang i kontakt med et krisesenter?',
      min: 1970,
      max: 'current_year',
      source: 'S0:38, 52',
      showIf: { field: 'prior_contact', includesAny: ['day_user', 'resident'] },
    },
    {
      key: 'previous_stays_count',
      carryOver: true,
      kind: 'integer',
      label: 'Antall tidligere opphold på krisesenter',
      unit: 'opphold',
      min: 1,
      max: 99,
      source: 'S0:40, 53',
      showIf: { field: 'prior_contact', includesAny: ['resident'] },
    },
  ] as const

/**
 * «First … in the year» (decisions 3 and 0037): the answer that counts a person. Asked of every
 * consenting record, a case code or not: with a code Ly fills in its own answer from the
 * person's earlier records of the year, which staff may change. Three ways, so a blank is never
 * an answer: «Vet ikke» is counted apart, never guessed. Required without a case code (on the
 * forms saved in one sitting; a stay may wait until check-out) — with one, a blank leaves it to
 * the code, which places the person.
 */
export const firstInYearField = <K extends string>(key: K, asked: { label: string; source: string }, when: { required: true } | { requiredAtCheckOut: true }) =>
  ({
    key,
    kind: 'single',
    ...asked,
    help: 'Med saksnummer foreslår Ly svaret ut fra personens tidligere registreringer i år. Velg «Vet ikke» hvis dere ikke vet.',
    mark: 'inferred',
    options: firstInYearOptions,
    formerBoolean: { true: 'yes', false: 'no' },
    requiredWhen: { field: 'case_code', isEmpty: true },
    ...when,
  }) as const
