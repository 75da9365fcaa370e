import type { Clock } from '../clock'
import { recordAudit } from '../db/audit'
import type { Db } from '../db/database'
import { deleteUserSessions } from '../db/sessions'
import { clearFailures } from '../db/sign-in-failures'
import { accountKeyOf } from './throttle'
import { resetTotp } from '../db/totp'
import { updateUser } from '../db/users'
import { generatePassword, hashPassword } from './password'

/** Why an administrator could not be recovered: the message is for the person at the server. */
export class RecoveryRefused extends Error {}

export interface RecoveredAdmin {
  username: string
  /** Shown once; must be changed at the first sign-in. */
  password: string
  totpReset: boolean
  reactivated: boolean
}

/**
 * The way back in when a centre's administrator is locked out — a forgotten password, a lost
 * phone with two-factor sign-in, or the only administrator deactivated — and no other
 * administrator can help in the app. Whoever can run commands on the server can already read
 * the database; this gives them nothing more than a one-time password for that account.
 * In one transaction: a new one-time password (to be changed at sign-in), two-factor sign-in
 * removed (enrolled again at the next sign-in if the centre requires it), the account active,
 * its sessions ended and its failed attempts forgotten, and the audit trail told, with no actor.
 */
export async function recoverAdmin(db: Db, clock: Clock, secretKey: Buffer, centreId: string, username?: string): Promise<RecoveredAdmin> {
  const admins = await db
    .selectFrom('users')
    .select(['id', 'username', 'active', 'totp_enabled_at', 'version'])
    .where('centre_id', '=', centreId)
    .where('role', '=', 'admin')
    .orderBy('username')
    .execute()
  if (admins.length === 0) throw new RecoveryRefused('Senteret har ingen administrator.')
  let admin = admins[0]!
  if (username !== undefined) {
    const named = admins.find((a) => a.username === username.trim().toLowerCase())
    if (!named) throw new RecoveryRefused(`Senteret har ingen administrator med brukernavnet ${username}. Administratorer: ${admins.map((a) => a.username).join(', ')}.`)
    admin = named
  } else if (admins.length > 1) {
    throw new RecoveryRefused(`Senteret har flere administratorer (${admins.map((a) => a.username).join(', ')}). Velg én med --user BRUKERNAVN.`)
  }

  const password = generatePassword()
  const passwordHash = await hashPassword(password)
  const now = clock.now()
  const totpReset = admin.totp_enabled_at !== null
  const reactivated = admin.active !== 1
  await db.transaction().execute(async (trx) => {
    let version = admin.version
    const changed = () => new RecoveryRefused('Brukeren ble endret samtidig. Prøv igjen.')
    if (totpReset) {
      if (!(await resetTotp(trx, centreId, admin.id, version, now))) throw changed()
      version++
    }
    if (!(await updateUser(trx, centreId, admin.id, version, { passwordHash, mustChangePassword: true, active: true }, now))) throw changed()
    await deleteUserSessions(trx, admin.id)
    await clearFailures(trx, { accountKey: accountKeyOf(secretKey, admin.username), addressKey: '', deviceKey: null })
    const audit = (action: 'user.password_reset' | 'user.totp_reset' | 'user.reactivated') =>
      recordAudit(trx, { centreId, actorUserId: null, action, targetKind: 'user', targetId: admin.id, details: { via: 'pnpm ly recover-admin' } }, now)
    await audit('user.password_reset')
    if (totpReset) await audit('user.totp_reset')
    if (reactivated) await audit('user.reactivated')
  })
  return { username: admin.username, password, totpReset, reactivated }
}
