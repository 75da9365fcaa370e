import { offerOptions } from '../value-sets'

/** Decision 2: free text is at most 200 characters and screened for identifiers. */
export const FREE_TEXT_MAX = 200

/** The first question of every user form (decision 1; S1:19-23). */
export const consentField = {
  key: 'consent_to_statistics',
  kind: 'boolean',
  label: 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?',
  help: 'Ved nei lagres bare at besøket/oppholdet fant sted, med dato og tilbud – ingen andre svar.',
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
