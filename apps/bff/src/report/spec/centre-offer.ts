import type { SectionSpec } from './types'

/**
 * "Tilbudet ved senteret": the centre's answers on the annual centre form (samleskjema) for the
 * report's year beside S4's national counts. Not one of S1's sections — S1 describes the
 * people who used the centre — so it comes after them, at the end of the report. Its content is
 * built from the centre_year definition (report/build-centre-offer.ts), not from tables.
 */
export const centreOfferSection: SectionSpec = {
  key: 'centre_offer',
  title: 'Tilbudet ved senteret',
  tables: [],
}

/** The form's sections by their part of data-dictionary §6, in the form's order. */
export const centreOfferParts: readonly { section: string; part: string }[] = [
  { section: 'organisation', part: '6.1' },
  { section: 'residents_offers', part: '6.2' },
  { section: 'procedures', part: '6.3' },
  { section: 'children_offers', part: '6.4' },
  { section: 'day_user_offers', part: '6.5' },
  { section: 'relatives_offers', part: '6.6' },
  { section: 'security', part: '6.7' },
  { section: 'police', part: '6.8' },
  { section: 'user_participation', part: '6.9' },
  { section: 'outreach', part: '6.10' },
  { section: 'staff', part: '6.11' },
  { section: 'cooperation', part: '6.12' },
  { section: 'accessibility', part: '6.13' },
  { section: 'internal_control', part: '6.14' },
]

/** A first row for multiple choices whose national count is "at least one" (S4:191). */
export const anyRowLabels: Readonly<Record<string, string>> = {
  relatives_offers: 'Har tilbud til pårørende',
}
