import { sql } from 'kysely'
import { forms, type FormDef } from '@ly/forms'
import type { Db } from '../src/db/database'

export interface Timing {
  runs: number
  p50: number
  p95: number
}

/** Nearest-rank percentile of sorted samples. */
export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

/**
 * Times `fn` (milliseconds): a warm-up run (two when runs are cheap), then runs until `budgetMs`
 * is spent, at least `minRuns` and at most `maxRuns`. A run that takes a third of the budget by
 * itself counts as a sample and is followed by just one more, so a slow measure cannot hold the
 * benchmark up for long. `before` runs ahead of every run, untimed (a write that makes kept
 * figures stale, say). Percentiles describe the spread; nothing here asserts a time.
 */
export async function time(fn: () => Promise<unknown>, { maxRuns = 30, minRuns = 5, budgetMs = 45_000, before = (): Promise<unknown> => Promise.resolve() } = {}): Promise<Timing> {
  await before()
  const t0 = performance.now()
  await fn()
  const first = performance.now() - t0
  // A run that slow is warm by itself: it counts, and one more run will do.
  const slow = first > budgetMs / 3
  if (!slow && first < budgetMs / 20) {
    await before()
    await fn()
  }
  const least = slow ? 2 : minRuns
  const samples: number[] = slow ? [first] : []
  const started = performance.now()
  while (samples.length < maxRuns && (samples.length < least || performance.now() - started < budgetMs)) {
    await before()
    const t1 = performance.now()
    await fn()
    samples.push(performance.now() - t1)
  }
  samples.sort((a, b) => a - b)
  return { runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) }
}

const yearStart = (year: number) => `${year}-01-01`

/**
 * The floor: one plain `GROUP BY` over the same record rows the statistics read — every form's
 * records of the centre (or all centres) whose dates fall in [from, to), stays by overlap as in
 * `statistics/load.ts` — counted per form, year and offer. No answers, no choices, no persons:
 * the least work any statistic over those rows could do.
 */
export function floorQuery(db: Db, centreId: string /* or 'all' */, from: number, to: number) {
  const parts = (Object.values(forms) as FormDef[]).map((form) => {
    const d = sql.ref(form.dateField)
    const inWindow = form.endDateField
      ? sql`${d} < ${yearStart(to)} and (${sql.ref(form.endDateField)} is null or ${sql.ref(form.endDateField)} > ${yearStart(from)})`
      : sql`${d} >= ${yearStart(from)} and ${d} < ${yearStart(to)}`
    const centre = centreId === 'all' ? sql`1 = 1` : sql`centre_id = ${centreId}`
    return sql`select ${form.key} as form, substr(${d}, 1, 4) as year, offer from ${sql.table(form.table)} where ${centre} and ${inWindow}`
  })
  return () => sql`select form, year, offer, count(*) as n from (${sql.join(parts, sql` union all `)}) as registrations group by form, year, offer`.execute(db)
}
