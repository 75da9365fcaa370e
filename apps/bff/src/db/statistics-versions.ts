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
