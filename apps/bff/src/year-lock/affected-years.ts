import { yearOf, type FormDef, type RecordValues } from '@ly/forms'

/** Years from `from` to `to`, inclusive; `to` is Infinity for a stay that is still open. */
export type YearRange = readonly [from: number, to: number]

/**
 * The years a record belongs to: its date's year, or for a stay every year from check-in to
 * check-out. An open stay reaches every later year (it counts nights up to the report's end).
 */
export function yearSpan(form: FormDef, values: RecordValues): YearRange | null {
  const start = yearOf(values[form.dateField])
  if (start === null) return null
  if (!form.endDateField) return [start, start]
  return [start, yearOf(values[form.endDateField]) ?? Infinity]
}

const same = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : (v ?? null))
  return norm(a) === norm(b)
}

/** The end date and the answers asked at check-out: they belong to the year a stay ends. */
function endPhaseKeys(form: FormDef): Set<string> {
  const keys = new Set<string>(form.endDateField ? [form.endDateField] : [])
  for (const section of form.sections) if (section.phase === 'check_out') for (const f of section.fields) keys.add(f.key)
  return keys
}

/**
 * The years whose figures a write can change (docs/decisions/0007-year-lock.md). A new or deleted
 * record changes every year it belongs to; so does an update, with one exception: an update of
 * only a stay's end (check-out date and check-out answers) changes the years from the earlier of
 * the old and new end on, since before that the stay was counted as going on either way. That
 * keeps checking out a resident who arrived in a locked year possible without reopening it.
 */
export function affectedYears(form: FormDef, before: RecordValues | null, after: RecordValues | null): YearRange[] {
  const spans = (list: (RecordValues | null)[]) => list.flatMap((v) => (v ? [yearSpan(form, v)] : [])).filter((r): r is YearRange => r !== null)
  if (!before || !after || !form.endDateField) return spans([before, after])
  const changed = Object.keys({ ...before, ...after }).filter((k) => !same(before[k], after[k]))
  const endKeys = endPhaseKeys(form)
  if (!changed.every((k) => endKeys.has(k))) return spans([before, after])
  const endYear = (v: RecordValues) => yearOf(v[form.endDateField!]) ?? Infinity
  const [a, b] = [endYear(before), endYear(after)]
  return [[Math.min(a, b), Math.max(a, b)]]
}

/** The locked years inside any of the ranges. */
export const lockedIn = (ranges: readonly YearRange[], locked: readonly number[]) => locked.filter((y) => ranges.some(([from, to]) => y >= from && y <= to))
