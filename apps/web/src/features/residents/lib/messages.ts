import { formatNorwegianDate } from '@ly/forms'
import { nightsText } from './labels'
import { bareEventOf, type StayFacts } from './stay-facts'

/** Who a message is about: by case code, never by name. */
export const personName = (kind: 'adult' | 'child', caseCode: string | null) => {
  const who = kind === 'adult' ? 'Den voksne' : 'Barnet'
  return caseCode ? `${who} (saksnummer ${caseCode})` : who
}

const missingText = (facts: StayFacts) => (facts.missing.length > 0 ? ` Mangler fortsatt: ${facts.missing.map((m) => m.label).join(', ')}.` : '')

/** Said after a check-out step was saved: the date, the nights (from the BFF) and what is missing. */
export function checkOutMessage(kind: 'adult' | 'child', values: Record<string, unknown>, facts: StayFacts): string {
  const { caseCode, end } = bareEventOf(values)
  const who = personName(kind, caseCode)
  if (!end) return `${who}: lagret uten utflyttingsdato. Oppholdet pågår fortsatt.${missingText(facts)}`
  const out = `${who} er flyttet ut ${formatNorwegianDate(end)} etter ${nightsText(facts.nights)}.`
  return facts.status === 'incomplete' ? `${out} Lagret som ufullstendig.${missingText(facts)}` : out
}

/** Said after the whole form was saved. */
export function savedMessage(facts: StayFacts): string {
  if (facts.status === 'complete') return 'Endringene er lagret. Oppholdet er fullstendig registrert.'
  if (facts.status === 'incomplete') return `Endringene er lagret som ufullstendige.${missingText(facts)}`
  return 'Endringene er lagret.'
}
