/**
 * Small-number protection for a record-level file (decision 8): within each form's records, an
 * answer that from 1 up to `threshold` records give is replaced by the mark. The mark must never
 * stand for one answer only, or it would be read back: while fewer than two answers the field
 * can take are left out of the clear values, the smallest clear answer is hidden as well.
 */
export type RecordValue = string | number | boolean | string[] | null | undefined

export interface FieldDomain {
  key: string
  /** Every value the field can take (answer keys, true/false, bands); null when unbounded (a number). */
  values: readonly (string | number | boolean)[] | null
  multi: boolean
}

const tally = (records: readonly Record<string, RecordValue>[], field: FieldDomain) => {
  const counts = new Map<string | number | boolean, number>()
  for (const r of records) {
    const v = r[field.key]
    const items = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]
    for (const item of new Set(items)) counts.set(item, (counts.get(item) ?? 0) + 1)
  }
  return counts
}

/** The answers of one field to hide in every record of the file. */
export function valuesToHide(records: readonly Record<string, RecordValue>[], field: FieldDomain, threshold: number): Set<string | number | boolean> {
  const counts = tally(records, field)
  const hidden = new Set([...counts].filter(([, c]) => c >= 1 && c <= threshold).map(([v]) => v))
  if (hidden.size === 0 || field.values === null) return hidden
  for (;;) {
    const clear = [...counts.keys()].filter((v) => !hidden.has(v))
    // Answers nobody gave are candidates too: the reader cannot tell them from hidden ones.
    const candidates = field.values.filter((v) => !clear.includes(v)).length
    if (candidates >= 2 || clear.length === 0) return hidden
    const smallest = clear.sort((a, b) => counts.get(a)! - counts.get(b)!)[0]!
    hidden.add(smallest)
  }
}

/** The records with hidden answers replaced by `mark` (once per multiple-choice answer list). */
export function suppressRecords<R extends Record<string, RecordValue>>(records: readonly R[], fields: readonly FieldDomain[], threshold: number, mark: string): R[] {
  const out = records.map((r) => ({ ...r }))
  for (const field of fields) {
    const hidden = valuesToHide(records, field, threshold)
    if (hidden.size === 0) continue
    for (const r of out as Record<string, RecordValue>[]) {
      const v = r[field.key]
      if (Array.isArray(v)) {
        const kept = v.filter((item) => !hidden.has(item))
        r[field.key] = kept.length < v.length ? [...kept, mark] : v
      } else if (v !== null && v !== undefined && hidden.has(v)) r[field.key] = mark
    }
  }
  return out
}
