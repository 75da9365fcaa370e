import { formatMeasure } from '../format'
import { HIDDEN_SENTENCE, Lookup, n, pct } from './lookup'

const TABLE = 'tab-capacity'

/**
 * «Kapasitet og avvisninger»: every number in a sentence is one the section's tables print for
 * the year (after suppression), so a sentence never says more than the tables.
 */
export function capacitySentences(l: Lookup, year: number): (string | null)[] {
  const state = l.state(TABLE, 'requests', year)
  const requests = l.count(TABLE, 'requests', year)
  const children = l.count(TABLE, 'children', year)
  const fullDays = l.count(TABLE, 'full_days', year)
  const occupancy = l.count(TABLE, 'occupancy', year)
  const reason = l.ranked('tab-turned-away', year, '1.')[0]
  return [
    state === 'not_registered' || state === undefined
      ? `Avviste henvendelser er ikke registrert i Ly for ${l.say(year)}.`
      : state === 'suppressed'
        ? `Antallet avviste henvendelser i ${l.say(year)} ${HIDDEN_SENTENCE}.`
        : requests === null
          ? null
          : `I ${l.say(year)} kunne senteret ikke gi et botilbud ved ${n(requests)} ${requests === 1 ? 'henvendelse' : 'henvendelser'}${children !== null && children > 0 ? `, der ${n(children)} barn ville ha kommet med` : ''}.`,
    reason && requests !== null && requests > 0 ? `Den vanligste årsaken var «${reason.label}» (${pct(reason.percent)}).` : null,
    fullDays !== null
      ? `Botilbudet var fullt ${n(fullDays)} ${fullDays === 1 ? 'dag' : 'dager'} i ${l.say(year)}${occupancy !== null ? `, og beleggsprosenten for ${l.say(year)} var ${formatMeasure(occupancy)} %` : ''}.`
      : null,
  ]
}
