import { monthNames, offerLabels } from './labels'
import type { RecordFilters } from './list-filters'
import { countOf, type RecordNouns } from './record-nouns'

/** "Dagbesøk 2026, kvinner, mars, med samtykke (3 besøk)": a list's caption says what it lists. */
export function listCaption(title: string, nouns: RecordNouns, filters: RecordFilters, count: number): string {
  const parts = [`${title} ${filters.year}`]
  if (filters.offer !== 'all') parts.push(offerLabels[filters.offer].toLowerCase())
  if (filters.month !== null) parts.push(monthNames[filters.month - 1] ?? '')
  if (filters.consent !== 'all') parts.push(filters.consent === 'yes' ? 'med samtykke' : 'uten samtykke')
  if (filters.caseCode) parts.push(`saksnummer ${filters.caseCode.toUpperCase()}`)
  return `${parts.join(', ')} (${countOf(nouns, count)})`
}
