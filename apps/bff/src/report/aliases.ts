/**
 * Numbers the statistics engine prints under two ids with one definition (e.g. the visits of
 * D-02 are the visits per month of D-04, added up). Printed in two tables they are one fact, and
 * an attacker may use them as such, so suppression links them — whenever their values agree.
 */
const ALIASES: readonly (readonly string[])[] = [
  ['T-01a:value', 'T-01g:value', 'T-01g:months'],
  ['T-01b:c:crisis', 'T-01g2:value', 'T-01g2:months'],
  ['D-02:value', 'D-04:value', 'D-04:months', 'D-05:n'],
  ['R-06:value', 'R-07:value', 'R-07:months'],
  ['R-06:c:children', 'R-07b:value', 'R-07b:months'],
  ['R-01:value', 'R-03:c:adults'],
  ['R-02:value', 'R-03:c:children'],
  ['P-01:value', 'P-01:months'],
]

const canonicalOf = new Map(ALIASES.flatMap((group) => group.map((member) => [member, group[0]!] as const)))

/** `R-07@2026:value` → `R-06@2026:value`: the one name of a fact printed under several. */
export function canonicalFact(fact: string): string {
  const at = fact.indexOf('@')
  const colon = fact.indexOf(':', at)
  if (at < 0 || colon < 0) return fact
  const year = fact.slice(at + 1, colon)
  const canonical = canonicalOf.get(`${fact.slice(0, at)}:${fact.slice(colon + 1)}`)
  if (!canonical) return fact
  const [id, ...part] = canonical.split(':')
  return `${id}@${year}:${part.join(':')}`
}
