import type { Db } from './database'

export const SECURITY_DEFAULTS = { requireTotp: false, idleLockMinutes: 5, retentionMonths: 24 } as const
export const IDLE_LOCK_MINUTES = { min: 1, max: 60 } as const

/**
 * The longest screen lock the session allows: the lock must fall before the server ends an idle
 * session, or it would never show — but never below the shortest lock, so a one-minute session
 * (LY_SESSION_IDLE_MINUTES=1) still leaves a lock that can be saved (issue 19).
 */
export const idleLockCap = (sessionIdleMinutes: number) => Math.max(IDLE_LOCK_MINUTES.min, Math.min(IDLE_LOCK_MINUTES.max, sessionIdleMinutes - 1))

/** The lock in force: the centre's choice, capped by the session limit set on the server. */
export const effectiveIdleLock = (chosen: number, sessionIdleMinutes: number) => Math.min(chosen, idleLockCap(sessionIdleMinutes))

export const RETENTION_MONTHS = { min: 6, max: 120 } as const

export interface SecuritySettings {
  /** Leaders and administrators must sign in with a TOTP code. */
  requireTotp: boolean
  /** Minutes without activity before the browser locks the screen. */
  idleLockMinutes: number
  /** Case codes unused this many months are removed from old records. */
  retentionMonths: number
  /** 0 while the centre still has the defaults (no row yet). */
  version: number
}

export async function getSecuritySettings(db: Db, centreId: string): Promise<SecuritySettings> {
  const row = await db.selectFrom('security_settings').selectAll().where('centre_id', '=', centreId).executeTakeFirst()
  if (!row) return { ...SECURITY_DEFAULTS, version: 0 }
  return { requireTotp: row.require_totp === 1, idleLockMinutes: row.idle_lock_minutes, retentionMonths: row.retention_months, version: row.version }
}

/** Whether the centre's rule makes a user of this role use two-factor sign-in. */
export const totpRequiredFor = (settings: Pick<SecuritySettings, 'requireTotp'>, role: string) => settings.requireTotp && role !== 'staff'

type Values = Omit<SecuritySettings, 'version'>

/**
 * Saves when `version` is the one the administrator saw (0 for the defaults); false when someone
 * changed the settings in between, so nothing is silently overwritten.
 */
export async function saveSecuritySettings(db: Db, centreId: string, values: Values, version: number, userId: string, now: Date): Promise<boolean> {
  const row = {
    require_totp: values.requireTotp ? 1 : 0,
    idle_lock_minutes: values.idleLockMinutes,
    retention_months: values.retentionMonths,
    updated_at: now.toISOString(),
    updated_by: userId,
  }
  if (version === 0) {
    const res = await db
      .insertInto('security_settings')
      .values({ centre_id: centreId, ...row })
      .onConflict((oc) => oc.column('centre_id').doNothing())
      .executeTakeFirst()
    return Number(res.numInsertedOrUpdatedRows ?? 0) === 1
  }
  const res = await db
    .updateTable('security_settings')
    .set((eb) => ({ ...row, version: eb('version', '+', 1) }))
    .where('centre_id', '=', centreId)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}
