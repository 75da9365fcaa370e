import { monthName } from '../labels'
import { formatMeasure } from '../format'
import { HIDDEN_SENTENCE, Lookup, changeFrom, inSentence, n, pct, unplacedSentence } from './lookup'

/**
 * The month with the highest published number in a months table column. A one-year table of
 * one series (Figur 22, 31) has that series' key as its column, not the year (build-months.ts).
 */
function peakMonth(l: Lookup, table: string, col: string | number): { month: number; value: number } | null {
  let best: { month: number; value: number } | null = null
  for (let m = 1; m <= 12; m++) {
    const v = l.count(table, `m${m}`, col)
    if (v !== null && v > 0 && (!best || v > best.value)) best = { month: m, value: v }
  }
  return best
}

export function nightsSentences(l: Lookup, year: number): (string | null)[] {
  const total = l.count('fig-21', 'total', year)
  const peak = peakMonth(l, 'fig-22', 'nights')
  const mean = l.count('tab-nights-stay-length', 'mean_stay', year)
  const state = l.state('fig-21', 'total', year)
  return [
    state === 'suppressed'
      ? `Antallet overnattingsdøgn i ${l.say(year)} ${HIDDEN_SENTENCE}.`
      : total !== null
        ? `Det var ${n(total)} overnattingsdøgn på krisesenteret i ${l.say(year)}.`
        : `Overnattingsdøgn er ikke registrert i Ly for ${l.say(year)}.`,
    changeFrom(l, 'fig-21', 'total', year, 'overnattingsdøgn'),
    peak ? `Flest bodøgn var det i ${monthName(peak.month)} (${n(peak.value)}).` : null,
    mean !== null ? `Opphold som ble avsluttet i ${l.say(year)}, varte i gjennomsnitt ${formatMeasure(mean)} døgn.` : null,
  ]
}

export function conversationsSentences(l: Lookup, year: number): (string | null)[] {
  const visits = l.count('tab-conv-volume', 'visits', year)
  const yes = l.count('tab-conv-volume', 'consent_yes', year)
  const users = l.count('tab-conv-volume', 'users', year)
  const peak = peakMonth(l, 'fig-31', 'visits')
  const [violence] = l.ranked('fig-27', year)
  const state = l.state('tab-conv-volume', 'visits', year)
  return [
    state === 'suppressed'
      ? `Antallet dagsamtaler i ${l.say(year)} ${HIDDEN_SENTENCE}.`
      : visits !== null
        ? `Det ble registrert ${n(visits)} dagsamtaler i ${l.say(year)}${yes !== null && visits > 0 ? `, og brukeren godkjente registrering i ${n(yes)} av dem (${pct((yes / visits) * 100)})` : ''}.`
        : `Dagsamtaler er ikke registrert i Ly for ${l.say(year)}.`,
    changeFrom(l, 'tab-conv-volume', 'visits', year, 'dagsamtaler'),
    users !== null ? `${n(users)} personer brukte samtaletilbudet. Flere personer har hatt flere samtaler.` : null,
    unplacedSentence(l.count('tab-conv-volume', 'unplaced', year), 'dagsamtale', 'dagsamtaler', 'besøk'),
    peak ? `Flest samtaler var det i ${monthName(peak.month)} (${n(peak.value)}).` : null,
    violence ? `Den vanligste årsaken til henvendelsen var ${inSentence(violence.label)} (${pct(violence.percent)}).` : null,
  ]
}
