import type { ReportTable, SectionKey } from '../model'
import { capacitySentences } from './capacity'
import { Lookup } from './lookup'
import { nightsSentences, conversationsSentences } from './nights-conversations'
import { adultsSentences, childrenSentences } from './people'
import { aboutSentences, phoneSentences, residentialSentences } from './volumes'

const bySection: Record<SectionKey, (l: Lookup, year: number) => (string | null)[]> = {
  about: aboutSentences,
  phone: phoneSentences,
  residential: residentialSentences,
  adults: adultsSentences,
  children: childrenSentences,
  nights: nightsSentences,
  conversations: conversationsSentences,
  capacity: capacitySentences,
  // Written from the annual form's answers, not from tables (report/build-centre-offer.ts).
  centre_offer: () => [],
}

/**
 * Plain-Norwegian sentences for a section, built only from numbers printed in the report's
 * tables (after suppression, for a shareable report): a sentence never reveals what a table hides.
 */
export function sectionSentences(section: SectionKey, tables: readonly ReportTable[], year: number, say: (year: number) => string = String): string[] {
  const lookup = new Lookup(tables, say)
  const sentences = bySection[section](lookup, year).filter((s): s is string => s !== null)
  return sentences.length > 0 ? sentences : [`Det er ikke registrert tall for denne delen i ${say(year)}.`]
}
