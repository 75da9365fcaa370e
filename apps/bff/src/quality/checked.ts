import type { Db } from '../db/database'

export interface QualityMark {
  version: number
  reason: string
  /** The leader's username; null when the user is gone. */
  by: string | null
  at: string
}

/** The centre's «Sjekket – riktig» marks, by `rule id`. */
export async function listQualityChecked(db: Db, centreId: string): Promise<Map<string, QualityMark>> {
  const rows = await db
    .selectFrom('quality_checked')
    .leftJoin('users', 'users.id', 'quality_checked.checked_by')
    .select(['quality_checked.rule', 'quality_checked.record_id', 'quality_checked.record_version', 'quality_checked.reason', 'quality_checked.checked_at', 'users.username'])
    .where('quality_checked.centre_id', '=', centreId)
    .execute()
  return new Map(rows.map((r) => [`${r.rule} ${r.record_id}`, { version: Number(r.record_version), reason: r.reason, by: r.username, at: r.checked_at }]))
}

/** Marks a finding checked and right on its record's current version (again, when it was marked on an older one). */
export async function markQualityChecked(
  db: Db,
  centreId: string,
  finding: { rule: string; id: string; form: string; version: number },
  reason: string,
  userId: string,
  now: Date,
): Promise<void> {
  const row = { record_version: finding.version, form: finding.form, reason, checked_by: userId, checked_at: now.toISOString() }
  await db
    .insertInto('quality_checked')
    .values({ centre_id: centreId, rule: finding.rule, record_id: finding.id, ...row })
    .onConflict((oc) => oc.columns(['centre_id', 'rule', 'record_id']).doUpdateSet(row))
    .execute()
}
