import type { Db } from './database'

export interface ReportComment {
  sectionKey: string
  text: string
  version: number
  updatedAt: string
  updatedBy: string | null
}

export async function listReportComments(db: Db, centreId: string, year: number): Promise<ReportComment[]> {
  const rows = await db
    .selectFrom('report_comments')
    .leftJoin('users', 'users.id', 'report_comments.updated_by')
    .select(['section_key', 'text', 'report_comments.version', 'report_comments.updated_at', 'users.username'])
    .where('report_comments.centre_id', '=', centreId)
    .where('year', '=', year)
    .execute()
  return rows.map((r) => ({ sectionKey: r.section_key, text: r.text, version: r.version, updatedAt: r.updated_at, updatedBy: r.username }))
}

/**
 * Saves a section's comment when `version` is the one the leader started from (0 for a new
 * comment). Answers the new version, or null when someone saved in between (a 409 for the caller).
 */
export async function saveReportComment(
  db: Db,
  centreId: string,
  year: number,
  sectionKey: string,
  text: string,
  version: number,
  userId: string,
  now: Date,
): Promise<number | null> {
  const at = now.toISOString()
  if (version === 0) {
    const res = await db
      .insertInto('report_comments')
      .values({ centre_id: centreId, year, section_key: sectionKey, text, updated_at: at, updated_by: userId })
      .onConflict((oc) => oc.columns(['centre_id', 'year', 'section_key']).doNothing())
      .executeTakeFirst()
    return Number(res.numInsertedOrUpdatedRows ?? 0) === 1 ? 1 : null
  }
  const res = await db
    .updateTable('report_comments')
    .set((eb) => ({ text, updated_at: at, updated_by: userId, version: eb('version', '+', 1) }))
    .where('centre_id', '=', centreId)
    .where('year', '=', year)
    .where('section_key', '=', sectionKey)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1 ? version + 1 : null
}
