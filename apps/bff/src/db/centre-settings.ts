import type { Db } from './database'

/** Decision 8: counts from 1 up to 4 ("<5") are hidden unless an administrator says otherwise. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 4
export const MIN_SUPPRESSION_THRESHOLD = 1
export const MAX_SUPPRESSION_THRESHOLD = 20

export interface CentreSettings {
  suppressionThreshold: number
  /** 0 while the centre still has the defaults (no row yet). */
  version: number
  updatedAt: string | null
}

export async function getCentreSettings(db: Db, centreId: string): Promise<CentreSettings> {
  const row = await db.selectFrom('centre_settings').selectAll().where('centre_id', '=', centreId).executeTakeFirst()
  if (!row) return { suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD, version: 0, updatedAt: null }
  return { suppressionThreshold: row.suppression_threshold, version: row.version, updatedAt: row.updated_at }
}

/**
 * Sets the threshold when `version` is the one the administrator saw (0 for the defaults);
 * answers false when someone changed it in between, so nothing is silently overwritten.
 */
export async function setSuppressionThreshold(db: Db, centreId: string, threshold: number, version: number, userId: string, now: Date): Promise<boolean> {
  const at = now.toISOString()
  if (version === 0) {
    const res = await db
      .insertInto('centre_settings')
      .values({ centre_id: centreId, suppression_threshold: threshold, updated_at: at, updated_by: userId })
      .onConflict((oc) => oc.column('centre_id').doNothing())
      .executeTakeFirst()
    return Number(res.numInsertedOrUpdatedRows ?? 0) === 1
  }
  const res = await db
    .updateTable('centre_settings')
    .set((eb) => ({ suppression_threshold: threshold, updated_at: at, updated_by: userId, version: eb('version', '+', 1) }))
    .where('centre_id', '=', centreId)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}
