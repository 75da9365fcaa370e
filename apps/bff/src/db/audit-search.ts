import type { Db } from './database'

export interface AuditFilter {
  centreId: string
  actorUserId?: string
  action?: string
  targetKind?: string
  /** ISO instants, half-open: from ≤ at < to. */
  from?: string
  to?: string
  page: number
  pageSize: number
}

/** One page of a centre's audit trail, newest first, with the total for the pager. */
export async function searchAuditEvents(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_events').where('audit_events.centre_id', '=', f.centreId)
  if (f.actorUserId) q = q.where('audit_events.actor_user_id', '=', f.actorUserId)
  if (f.action) q = q.where('audit_events.action', '=', f.action)
  if (f.targetKind) q = q.where('audit_events.target_kind', '=', f.targetKind)
  if (f.from) q = q.where('audit_events.at', '>=', f.from)
  if (f.to) q = q.where('audit_events.at', '<', f.to)
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const rows = await q
    .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
    .select(['audit_events.id', 'audit_events.at', 'audit_events.action', 'audit_events.target_kind', 'audit_events.target_id', 'audit_events.details', 'users.username as actor'])
    .orderBy('audit_events.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute()
  return { total: Number(n), rows }
}

/** The kinds of record or object the centre's trail names, for the filter's choices. */
export async function auditTargetKinds(db: Db, centreId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select('target_kind')
    .distinct()
    .where('centre_id', '=', centreId)
    .where('target_kind', 'is not', null)
    .orderBy('target_kind')
    .execute()
  return rows.map((r) => String(r.target_kind))
}
