import type { Db } from './database'

export interface NewSession {
  id: string
  userId: string
  /** Only the digest of the CSRF token is kept (auth/session-cookie.ts). */
  csrfTokenHash: string
  now: Date
  expiresAt: Date
}

export async function insertSession(db: Db, s: NewSession) {
  const now = s.now.toISOString()
  await db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, csrf_token_hash: s.csrfTokenHash, created_at: now, last_seen_at: now, expires_at: s.expiresAt.toISOString() })
    .execute()
}

export const findSessionWithUser = (db: Db, id: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('centres', 'centres.id', 'users.centre_id')
    .leftJoin('security_settings', 'security_settings.centre_id', 'users.centre_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token_hash',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.locked_at',
      'users.totp_enabled_at',
      'security_settings.require_totp',
      'users.id as user_id',
      'users.username',
      'users.role',
      'users.active',
      'users.must_change_password',
      'users.centre_id',
      'centres.name as centre_name',
      'centres.demo_data as centre_demo_data',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst()

export const touchSession = (db: Db, id: string, now: Date) => db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute()

/** The screen lock (idle or by hand); the session itself lives on. */
export const setSessionLocked = (db: Db, id: string, lockedAt: Date | null) =>
  db
    .updateTable('sessions')
    .set({ locked_at: lockedAt?.toISOString() ?? null })
    .where('id', '=', id)
    .execute()

export const deleteSession = (db: Db, id: string) => db.deleteFrom('sessions').where('id', '=', id).execute()

/** Ends every session of a user: after a password reset or deactivation. */
export const deleteUserSessions = (db: Db, userId: string, exceptId?: string) => {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId)
  if (exceptId) q = q.where('id', '!=', exceptId)
  return q.execute()
}

export const deleteExpiredSessions = (db: Db, now: Date, idleCutoff: Date) =>
  db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleCutoff.toISOString())]))
    .execute()
