import type { RecordValue } from './local-suppression'

/**
 * k-anonymity for a record-level file (decision 0021): over the quasi-identifiers — answers a
 * neighbour, a colleague or a family member could know — every record shares its combination
 * with at least k − 1 others. First global recoding (a wider band, a quarter instead of a month)
 * while it helps, then local suppression: a record that still stands out loses quasi-identifier
 * values one at a time (the rarest first), never the whole record.
 *
 * The hidden value is the file's mark and counts as a value of its own when records are grouped
 * (a stricter reading than "the mark matches anything"): any count of rows by clear
 * quasi-identifier values is then 0 or at least k. A record with every quasi-identifier hidden
 * says nothing about who it is, and is let be.
 */
export interface GeneralisationLevel {
  /** The published value for an answer at this level (the answer itself at level 0). */
  map: (value: RecordValue) => RecordValue
  /** Every value this level can publish; null when unbounded. */
  values: readonly (string | number | boolean)[] | null
}

export interface QuasiIdentifier {
  key: string
  /** Level 0 first, each coarser than the one before. */
  levels: readonly GeneralisationLevel[]
}

export interface AnonymisedFile<R> {
  records: R[]
  /** The level each quasi-identifier was published at (0 = as answered). */
  levels: Record<string, number>
  /** Values hidden by local suppression, per quasi-identifier. */
  locallySuppressed: Record<string, number>
}

const isMissing = (v: RecordValue) => v === null || v === undefined

/** The combination a record is grouped by (mark and unanswered are values of their own). */
const classKey = (r: Record<string, RecordValue>, qis: readonly QuasiIdentifier[]) => JSON.stringify(qis.map((q) => r[q.key] ?? null))

export function equivalenceClasses<R extends Record<string, RecordValue>>(records: readonly R[], qis: readonly QuasiIdentifier[]): Map<string, R[]> {
  const classes = new Map<string, R[]>()
  for (const r of records) {
    const key = classKey(r, qis)
    const members = classes.get(key)
    if (members) members.push(r)
    else classes.set(key, [r])
  }
  return classes
}

/** True when every quasi-identifier of the record is hidden or unanswered: it matches anyone. */
export const fullyHidden = (r: Record<string, RecordValue>, qis: readonly QuasiIdentifier[], mark: string) => qis.every((q) => r[q.key] === mark || isMissing(r[q.key]))

/** Records in a combination shared by fewer than k records (fully hidden ones excepted). */
export function violations<R extends Record<string, RecordValue>>(records: readonly R[], qis: readonly QuasiIdentifier[], k: number, mark: string): R[] {
  return [...equivalenceClasses(records, qis).values()].filter((members) => members.length < k && !fullyHidden(members[0]!, qis, mark)).flat()
}

function recode<R extends Record<string, RecordValue>>(source: readonly R[], qis: readonly QuasiIdentifier[], levels: Record<string, number>, mark: string): R[] {
  return source.map((r) => {
    const out: Record<string, RecordValue> = { ...r }
    for (const q of qis) {
      const v = r[q.key]
      if (!isMissing(v) && v !== mark) out[q.key] = q.levels[levels[q.key]!]!.map(v)
    }
    return out as R
  })
}

export function anonymise<R extends Record<string, RecordValue>>(source: readonly R[], qis: readonly QuasiIdentifier[], k: number, mark: string): AnonymisedFile<R> {
  const levels: Record<string, number> = Object.fromEntries(qis.map((q) => [q.key, 0]))
  let records = recode(source, qis, levels, mark)
  let bad = violations(records, qis, k, mark).length
  // Global recoding, greedily: raise the one quasi-identifier that leaves fewest records standing out.
  while (bad > 0) {
    let best: { key: string; records: R[]; bad: number } | null = null
    for (const q of qis) {
      if (levels[q.key]! + 1 >= q.levels.length) continue
      const tried = recode(source, qis, { ...levels, [q.key]: levels[q.key]! + 1 }, mark)
      const n = violations(tried, qis, k, mark).length
      if (n < bad && (!best || n < best.bad)) best = { key: q.key, records: tried, bad: n }
    }
    if (!best) break
    levels[best.key]! += 1
    records = best.records
    bad = best.bad
  }
  // Local suppression: each record still standing out loses its rarest clear value, round by round.
  const locallySuppressed: Record<string, number> = Object.fromEntries(qis.map((q) => [q.key, 0]))
  const before = records.map((r) => ({ ...r }))
  for (let standing = violations(records, qis, k, mark); standing.length > 0; standing = violations(records, qis, k, mark)) {
    const frequency = new Map<string, number>()
    for (const r of records) for (const q of qis) frequency.set(`${q.key}=${String(r[q.key])}`, (frequency.get(`${q.key}=${String(r[q.key])}`) ?? 0) + 1)
    for (const r of standing as Record<string, RecordValue>[]) {
      const clear = qis.filter((q) => !isMissing(r[q.key]) && r[q.key] !== mark)
      const rarest = clear.sort((a, b) => frequency.get(`${a.key}=${String(r[a.key])}`)! - frequency.get(`${b.key}=${String(r[b.key])}`)!)[0]!
      r[rarest.key] = mark
      locallySuppressed[rarest.key]! += 1
    }
  }
  mixHiddenValues(records, before, qis, mark)
  return { records, levels, locallySuppressed }
}

/**
 * Where every locally hidden value of a quasi-identifier was one and the same answer, a reader
 * holding the aggregate table of that question knows what the mark hides (the table's count
 * minus the clear rows). Hiding a second answer everywhere (the rarest; merging combinations
 * keeps k) leaves the mark standing for two.
 */
function mixHiddenValues(records: Record<string, RecordValue>[], before: readonly Record<string, RecordValue>[], qis: readonly QuasiIdentifier[], mark: string) {
  for (const q of qis) {
    const hiddenAnswers = new Set(records.flatMap((r, i) => (r[q.key] === mark && before[i]![q.key] !== mark ? [String(before[i]![q.key])] : [])))
    if (hiddenAnswers.size !== 1) continue
    const counts = new Map<string, number>()
    for (const r of records)
      if (!isMissing(r[q.key]) && r[q.key] !== mark && !hiddenAnswers.has(String(r[q.key]))) counts.set(String(r[q.key]), (counts.get(String(r[q.key])) ?? 0) + 1)
    const second = [...counts].sort((a, b) => a[1] - b[1])[0]?.[0]
    if (second === undefined) continue
    for (const r of records) if (String(r[q.key]) === second) r[q.key] = mark
  }
}
