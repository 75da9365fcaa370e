import type { Db } from './database'

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_in_throttled'
  | 'auth.sign_out'
  | 'auth.password_changed'
  | 'auth.totp_enabled'
  | 'auth.totp_failed'
  | 'auth.attempts_throttled'
  | 'auth.unlock_failed'
  | 'auth.signed_out_at_lock'
  | 'user.created'
  | 'user.role_changed'
  | 'user.password_reset'
  | 'user.deactivated'
  | 'user.reactivated'
  | 'user.totp_reset'
  | 'centre.created'
  | 'record.created'
  | 'record.updated'
  | 'record.deleted'
  | 'record.consent_withdrawn'
  | 'record.checked_out'
  | 'records.imported'
  | 'records.exported'
  | 'record.undone'
  | 'settings.option_added'
  | 'settings.option_changed'
  | 'settings.options_reordered'
  | 'outgoing_calls.counted'
  | 'export.report'
  | 'export.national'
  | 'report.comment_saved'
  | 'settings.suppression_threshold_changed'
  | 'settings.security_changed'
  | 'year.locked'
  | 'year.reopened'
  | 'year.changed_after_lock'
  | 'quality.finding_checked'
  | 'retention.case_codes_removed'
  | 'housekeeping.purged'
  | 'capacity.sharing_changed'
  | 'capacity.token_created'
  | 'capacity.token_revoked'

export interface AuditEvent {
  centreId: string | null
  actorUserId: string | null
  action: AuditAction
  targetKind?: string
  targetId?: string
  /** Names of fields, roles and similar — never answer values, passwords or session ids. */
  details?: Record<string, string | number | boolean | string[]>
}

export const recordAudit = (db: Db, event: AuditEvent, now: Date) =>
  db
    .insertInto('audit_events')
    .values({
      at: now.toISOString(),
      centre_id: event.centreId,
      actor_user_id: event.actorUserId,
      action: event.action,
      target_kind: event.targetKind ?? null,
      target_id: event.targetId ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
    })
    .execute()

export const listAuditEvents = (db: Db, centreId: string, limit = 200) =>
  db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
    .select([
      'audit_events.id',
      'audit_events.at',
      'audit_events.action',
      'audit_events.target_kind',
      'audit_events.target_id',
      'audit_events.details',
      'users.username as actor_username',
    ])
    .where('audit_events.centre_id', '=', centreId)
    .orderBy('audit_events.id', 'desc')
    .limit(limit)
    .execute()
