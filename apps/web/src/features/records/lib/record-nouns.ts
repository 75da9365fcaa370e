import { formatCount } from './numbers'

/**
 * How the pages of one form name its records, so shared components can say "Slett besøk" and
 * "Slett samtale" with the right Norwegian forms (besøket/samtalen, dette/denne).
 */
export interface RecordNouns {
  /** "besøk", "samtale". */
  singular: string
  /** "besøk", "samtaler". */
  plural: string
  /** "besøket", "samtalen". */
  definite: string
  /** "dette besøket", "denne samtalen". */
  demonstrative: string
}

export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1)

/** "1 samtale", "1 234 samtaler". */
export const countOf = (nouns: RecordNouns, count: number) => `${formatCount(count)} ${count === 1 ? nouns.singular : nouns.plural}`

/** What the record pages say after each action; one place, so every form words them alike. */
export const recordMessages = (nouns: RecordNouns) => {
  const the = capitalise(nouns.definite)
  return {
    created: `${the} er lagret.`,
    saved: 'Endringene er lagret.',
    reloaded: `${the} er lastet inn på nytt med de siste endringene.`,
    withdrawn: `Samtykket er trukket tilbake. Svarene er slettet; bare selve ${nouns.definite} er beholdt.`,
    deleted: `${the} er slettet.`,
  }
}
