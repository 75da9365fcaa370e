import { offerKeys, type OfferKey } from '@ly/forms'
/**
 * Centre-level indicators (data-dictionary §4.9, continued from K-01 … K-06): how many centres in
 * the country gave an answer on the annual centre form (S4). The engine computes none of them —
 * a centre's own answer is a fact, not a count of people — so they are listed here rather than
 * in the engine's catalog. National figures for them are in national-figures.ts; the report's
 * "Tilbudet ved senteret" shows them beside the centre's answers (report/spec/centre-offer.ts).
 *
 * Ids: `K-<n>-women` / `K-<n>-men` per offer, `K-<n>` for the centre as a whole. Categories are
 * the field's option keys, `yes` for a yes/no question, `any` for "at least one offer".
 */
export interface CentreIndicator {
  id: string
  title: string
  /** The centre_year field counted. */
  field: string
  offer: OfferKey | null
}

type Def = [id: string, title: string, field: string, perOffer: boolean]

const defs: readonly Def[] = [
  ['K-05', 'Krisesentre med tilbud til kvinner og menn', 'offer', false],
  ['K-10', 'Sentre med hvert tilbud til beboere', 'residents_offers', true],
  ['K-11', 'Sentre med skriftlig mal/prosedyre for tilbud til beboere', 'residents_procedures', true],
  ['K-12', 'Sentre med hvert tilbud til barn', 'children_offers', true],
  ['K-13', 'Sentre med skriftlig mal/prosedyre for tilbud til barn', 'children_procedures', true],
  ['K-14', 'Sentre med hvert tilbud til dagbrukere', 'day_user_offers', true],
  ['K-15', 'Sentre med skriftlig prosedyre for tilbud til dagbrukere', 'day_user_procedures', true],
  ['K-16', 'Sentre med tilbud til pårørende', 'relatives_offers', true],
  ['K-17', 'Sentre med hvert sikkerhetstiltak', 'security_measures', true],
  ['K-18', 'Sentre med politivurdering av bygninger og sikkerhetstiltak', 'police_assessed_buildings_security', true],
  ['K-19', 'Sentre der politiets vurdering foreligger skriftlig', 'police_assessment_written', true],
  ['K-20', 'Sentre med rutiner for brukermedvirkning', 'has_feedback_routines', true],
  ['K-21', 'Sentre med hver form for utadrettet informasjonsarbeid', 'outreach', false],
  ['K-22', 'Sentre som har informert på hver type utdanningsinstitusjon', 'outreach_education_levels', false],
  ['K-23', 'Sentre med egen nettside', 'has_website', false],
  ['K-24', 'Sentre med nettsidens tekst på flere språk', 'website_other_languages', false],
  ['K-25', 'Sentre med nettside tilrettelagt for synshemmede', 'website_adapted_visually_impaired', false],
  ['K-26', 'Hvor tilbudet til menn er lokalisert', 'mens_offer_location', true],
]

export const centreIndicators: readonly CentreIndicator[] = defs.flatMap(([id, title, field, perOffer]): CentreIndicator[] =>
  perOffer ? offerKeys.map((offer) => ({ id: `${id}-${offer}`, title, field, offer })) : [{ id, title, field, offer: null }],
)

/** The national figure's id for a field and offer: per offer where S4 counts per offer. */
export function centreIndicatorFor(field: string, offer: OfferKey): CentreIndicator | undefined {
  return centreIndicators.find((c) => c.field === field && (c.offer === offer || c.offer === null))
}
