import { forms, type FormDef } from '@ly/forms'
import type { Db } from '../db/database'
import { loose } from '../db/records'
import { computeStatistics } from './engine'
import type { Offer } from './types'

/** The headline figures of the dashboard, in the order they are shown. */
export const HEADLINE_INDICATORS = ['R-01', 'R-02', 'R-04', 'R-06', 'R-08', 'R-08b', 'D-01', 'D-02', 'P-03', 'P-01', 'T-01a', 'LY-01'] as const

/** The first and last year with any registration at the centre (null when there is none). */
export async function yearsWithData(db: Db, centreId: string): Promise<{ first: number; last: number } | null> {
  let first: string | null = null
  let last: string | null = null
  for (const form of Object.values(forms) as FormDef[]) {
    const row = await loose(db)
      .selectFrom(form.table)
      .select((eb) => [eb.fn.min(form.dateField).as('first'), eb.fn.max(form.dateField).as('last')])
      .where('centre_id', '=', centreId)
      .executeTakeFirst()
    const f = row?.first as string | null | undefined
    const l = row?.last as string | null | undefined
    if (f && (!first || f < first)) first = f
    if (l && (!last || l > last)) last = l
  }
  return first && last ? { first: Number(first.slice(0, 4)), last: Number(last.slice(0, 4)) } : null
}

export interface TrendPoint {
  year: number
  figures: Record<string, number | null>
}

/** The headline figures for every year from `from` to `to`, for the trend charts. */
export async function computeTrend(db: Db, centreId: string, offer: Offer, from: number, to: number, today?: string): Promise<TrendPoint[]> {
  const points: TrendPoint[] = []
  for (let year = from; year <= to; year++) {
    const { indicators } = await computeStatistics(db, { centreId, year, offer, ...(today && { today }) })
    points.push({ year, figures: Object.fromEntries(HEADLINE_INDICATORS.map((id) => [id, indicators[id]?.value ?? null])) })
  }
  return points
}
