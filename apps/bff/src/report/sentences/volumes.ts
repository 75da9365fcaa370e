import { HIDDEN_SENTENCE, Lookup, changeFrom, inSentence, n, pct, unplacedSentence } from './lookup'

/** A headline count: its sentence, "not registered", or "hidden" — never a made-up zero. */
function headline(l: Lookup, table: string, row: string, year: number, what: string, text: (value: number) => string): string | null {
  const state = l.state(table, row, year)
  if (state === 'not_registered' || state === undefined) return `${what} er ikke registrert i Ly for ${l.say(year)}.`
  if (state === 'suppressed') return `${what} i ${l.say(year)} ${HIDDEN_SENTENCE}.`
  const value = l.count(table, row, year)
  return value === null ? null : text(value)
}

export function aboutSentences(l: Lookup, year: number): (string | null)[] {
  const yes = l.count('tab-consent', 'yes', year)
  const total = l.count('tab-consent', 'total', year)
  return [
    'Statistikken bygger på det brukerne selv har fortalt. Krisesenteret undersøker eller etterprøver ikke opplysningene, og ved svært kort kontakt kan noe være ukjent.',
    'Brukerne blir spurt om de vil at det registreres anonymisert statistikk. Sier de nei, telles bare selve oppholdet eller samtalen, uten andre opplysninger, og det gjelder også barna deres.',
    yes !== null && total !== null && total > 0 ? `Av ${n(total)} registreringer i ${l.say(year)} hadde ${n(yes)} samtykke til statistikk (${pct((yes / total) * 100)}).` : null,
    'Andeler er regnet av dem som har svart på spørsmålet, og antallet som har svart (N) står i hver tabell. Ved flervalg kan andelene til sammen bli mer enn 100 %.',
  ]
}

export function phoneSentences(l: Lookup, year: number): (string | null)[] {
  const calls = l.count('tab-phone-volume', 'calls', year)
  const top = l.ranked('fig-01', year)[0]
  // T-01b: crisis calls of the incoming calls in scope, the table's two counts (S1:61 «omtrent hver sjette»).
  const crisis = l.count('tab-phone-volume', 'crisis', year)
  const sessions = l.count('tab-phone-sessions', 'sessions', year)
  const users = l.count('tab-phone-sessions', 'users', year)
  return [
    headline(
      l,
      'tab-phone-volume',
      'calls',
      year,
      'Antallet innkomne samtaler på vakttelefonen',
      (v) => `I ${l.say(year)} kom det ${n(v)} samtaler inn på vakttelefonen som gjaldt vold i nære relasjoner eller krisesenterets tjenester.`,
    ),
    changeFrom(l, 'tab-phone-volume', 'calls', year, 'samtaler'),
    top ? `Flest samtaler kom fra ${inSentence(top.label)} (${pct(top.percent)}).` : null,
    crisis !== null && calls !== null && calls > 0 ? `${pct((crisis / calls) * 100)} av de innkomne samtalene (${n(crisis)} av ${n(calls)}) var krisetelefoner.` : null,
    sessions !== null && users !== null ? `I tillegg hadde senteret ${n(sessions)} strukturerte enesamtaler på telefon eller video med ${n(users)} personer.` : null,
    unplacedSentence(l.count('tab-phone-sessions', 'unplaced', year), 'enesamtale', 'enesamtaler', 'samtale'),
  ]
}

export function residentialSentences(l: Lookup, year: number): (string | null)[] {
  const adults = l.count('fig-04', 'adults', year)
  const children = l.count('fig-04', 'children', year)
  const women = l.count('fig-04', 'women', year)
  const men = l.count('fig-04', 'men', year)
  const other = l.count('fig-04', 'other', year)
  const stays = l.count('tab-residential-stays', 'adult_stays', year)
  return [
    headline(l, 'fig-04', 'total', year, 'Antallet som bodde på krisesenteret', (v) =>
      adults !== null && children !== null
        ? `I ${l.say(year)} bodde ${n(v)} personer på krisesenteret: ${n(adults)} voksne og ${n(children)} barn.`
        : `I ${l.say(year)} bodde ${n(v)} personer på krisesenteret.`,
    ),
    changeFrom(l, 'fig-04', 'total', year, 'personer'),
    women !== null && men !== null ? `Av de voksne var ${n(women)} kvinner og ${n(men)} menn${other ? `, og ${n(other)} oppga annet kjønn` : ''}.` : null,
    stays !== null ? `De voksne hadde til sammen ${n(stays)} opphold med minst én natt i ${l.say(year)}.` : null,
  ]
}
