import { HIDDEN_SENTENCE, Lookup, changeFrom, inSentence, n, pct } from './lookup'
import { formatPoints } from '../format'

const largest = (l: Lookup, table: string, year: number, prefix = '') => l.ranked(table, year, prefix)[0]

export function adultsSentences(l: Lookup, year: number): (string | null)[] {
  const age = largest(l, 'fig-05', year)
  const [first, second] = l.ranked('fig-08', year)
  const abroad = l.percent('fig-07', '1.both', year)
  const abroadBefore = l.percent('fig-07', '1.both', year - 1)
  const brought = l.percent('tab-adults-brought-children', 'yes', year)
  const duration = largest(l, 'fig-09', year)
  return [
    age ? `Den største aldersgruppen blant de voksne beboerne var ${age.label} (${pct(age.percent)}).` : null,
    first
      ? `Den vanligste årsaken til oppholdet var ${inSentence(first.label)} (${pct(first.percent)})${second ? `, fulgt av ${inSentence(second.label)} (${pct(second.percent)})` : ''}.`
      : null,
    duration ? `Den vanligste varigheten på volden var «${duration.label}» (${pct(duration.percent)}).` : null,
    abroad !== null
      ? `${pct(abroad)} av beboerne hadde begge foreldre født utenfor Norge${abroadBefore !== null ? `, ${formatPoints(abroad - abroadBefore)} prosentpoeng fra ${l.say(year - 1)}` : ''}.`
      : null,
    brought !== null ? `${pct(brought)} av de voksne beboerne hadde med seg barn til krisesenteret.` : null,
  ]
}

export function childrenSentences(l: Lookup, year: number): (string | null)[] {
  const state = l.state('fig-04', 'children', year)
  const children = l.count('fig-04', 'children', year)
  const age = largest(l, 'fig-15', year)
  const contact = l.percent('fig-17', 'yes', year)
  const concern = l.percent('tab-children-child-welfare', '1.yes', year)
  return [
    state === 'suppressed'
      ? `Antallet barn i ${l.say(year)} ${HIDDEN_SENTENCE}.`
      : children !== null
        ? `${n(children)} barn bodde på krisesenteret i ${l.say(year)}. Barn med mange søsken kan gi store utslag i andelene.`
        : `Barn er ikke registrert i Ly for ${l.say(year)}.`,
    changeFrom(l, 'fig-04', 'children', year, 'barn'),
    age ? `Den største aldersgruppen var ${age.label} (${pct(age.percent)}).` : null,
    contact !== null ? `${pct(contact)} av barna hadde samvær med voldsutøver under oppholdet.` : null,
    concern !== null ? `Krisesenteret sendte bekymringsmelding til barnevernet for ${pct(concern)} av barna.` : null,
  ]
}
