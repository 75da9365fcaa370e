import type { Db } from './database'

/**
 * Every centre's statistics version, or only `centreId`'s: a number the database's triggers
 * raise on every write to the tables the statistics read, by any writer (migration
 * 2026-11-22-11). A centre never written has no entry — read that as 0. Figures computed after
 * reading version v are current while the version is still v: read the version *before*
 * loading, so a write that lands meanwhile moves it past what the figures were stored under.
 */
export async function readStatisticsVersions(db: Db, centreId?: string): Promise<Map<string, number>> {
  let q = db.selectFrom('statistics_versions').select(['centre_id', 'version'])
  if (centreId !== undefined) q = q.where('centre_id', '=', centreId)
  const rows = await q.execute()
  return new Map(rows.map((r) => [r.centre_id, Number(r.version)]))
}

/**
 * Every centre's version of one year's statistics inputs, or only `centreId`'s (decision 0058):
 * it moves when a write touches a row that year's statistics read — a registration dated in
 * the year, a stay with a day in it or still open, the annual form's places of the year or
 * before — and stays put for writes to other years. Kept by database triggers (migration
 * 2026-12-08-04) as steps summed up to the year. A centre-year never touched has no entry —
 * read that as 0. Read it before loading, as the centre's version.
 */
export async function readStatisticsYearVersions(db: Db, year: number, centreId?: string): Promise<Map<string, number>> {
  let q = db
    .selectFrom('statistics_year_versions')
    .select((eb) => ['centre_id', eb.fn.sum<number | string>('step').as('version')])
    .where('year', '<=', year)
  if (centreId !== undefined) q = q.where('centre_id', '=', centreId)
  const rows = await q.groupBy('centre_id').execute()
  return new Map(rows.map((r) => [r.centre_id, Number(r.version)]))
}
