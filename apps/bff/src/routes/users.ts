import { Hono } from 'hono'
import { CreateUserSchema, UpdateUserSchema, UserVersionSchema } from '@ly/forms/accounts'
import { z } from 'zod'
import { generatePassword, hashPassword } from '../auth/password'
import { recordAudit, type AuditAction } from '../db/audit'
import type { Db } from '../db/database'
import { deleteUserSessions } from '../db/sessions'
import { resetTotp } from '../db/totp'
import { countActiveAdmins, findCentreUser, findUserByUsername, insertUser, listCentreUsers, updateUser, type UserChanges } from '../db/users'
import type { AppDeps, AppEnv } from '../deps'
import { AppError, notFound } from '../errors'
import { requireRole } from '../middleware/require-role'
import { validate, validationFailed } from '../validation'

const IdParam = z.object({ id: z.string().min(1).max(64) })

const conflict = () => new AppError(409, 'conflict', 'Brukeren er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.')

const toPublic = (u: NonNullable<Awaited<ReturnType<typeof findCentreUser>>>) => ({
  id: u.id,
  username: u.username,
  role: u.role,
  active: u.active === 1,
  mustChangePassword: u.must_change_password === 1,
  totpEnabled: u.totp_enabled_at !== null,
  version: u.version,
  createdAt: u.created_at,
  updatedAt: u.updated_at,
})

export type PublicUser = ReturnType<typeof toPublic>

async function loadUser(db: Db, centreId: string, id: string) {
  const user = await findCentreUser(db, centreId, id)
  if (!user) throw notFound('Fant ikke brukeren.')
  return user
}

export function userRoutes(deps: AppDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>()
    .use(requireRole('admin'))
    .get('/', async (c) => {
      const users = await listCentreUsers(db, c.get('user').centreId)
      return c.json({ users: users.map(toPublic) }, 200)
    })
    .post('/', validate('json', CreateUserSchema), async (c) => {
      const { username, role } = c.req.valid('json')
      const admin = c.get('user')
      if (await findUserByUsername(db, username)) {
        throw validationFailed([{ path: 'username', message: 'Brukernavnet er allerede i bruk. Velg et annet.' }])
      }
      const temporaryPassword = generatePassword()
      const passwordHash = await hashPassword(temporaryPassword)
      const now = clock.now()
      const id = await db.transaction().execute(async (trx) => {
        const id = await insertUser(trx, { centreId: admin.centreId, username, role, passwordHash, mustChangePassword: true }, now)
        await recordAudit(trx, { centreId: admin.centreId, actorUserId: admin.id, action: 'user.created', targetKind: 'user', targetId: id, details: { role } }, now)
        return id
      })
      const user = await loadUser(db, admin.centreId, id)
      return c.json({ user: toPublic(user), temporaryPassword }, 201)
    })
    .patch('/:id', validate('param', IdParam), validate('json', UpdateUserSchema), async (c) => {
      const { id } = c.req.valid('param')
      const { version, role, active } = c.req.valid('json')
      const admin = c.get('user')
      const user = await loadUser(db, admin.centreId, id)
      if (user.version !== version) throw conflict()

      const losesAdmin = user.role === 'admin' && user.active === 1 && ((role !== undefined && role !== 'admin') || active === false)
      if (losesAdmin && (await countActiveAdmins(db, admin.centreId)) <= 1) {
        throw validationFailed([{ path: role !== undefined ? 'role' : 'active', message: 'Senteret må ha minst én aktiv administrator.' }])
      }

      const changes: UserChanges = {}
      const events: { action: AuditAction; details?: Record<string, string> }[] = []
      if (role !== undefined && role !== user.role) {
        changes.role = role
        events.push({ action: 'user.role_changed', details: { from: user.role, to: role } })
      }
      if (active !== undefined && active !== (user.active === 1)) {
        changes.active = active
        events.push({ action: active ? 'user.reactivated' : 'user.deactivated' })
      }
      const now = clock.now()
      await db.transaction().execute(async (trx) => {
        if (!(await updateUser(trx, admin.centreId, id, version, changes, now))) throw conflict()
        if (changes.active === false) await deleteUserSessions(trx, id)
        for (const e of events) {
          await recordAudit(
            trx,
            { centreId: admin.centreId, actorUserId: admin.id, action: e.action, targetKind: 'user', targetId: id, ...(e.details && { details: e.details }) },
            now,
          )
        }
      })
      return c.json({ user: toPublic(await loadUser(db, admin.centreId, id)) }, 200)
    })
    .post('/:id/reset-password', validate('param', IdParam), validate('json', UserVersionSchema), async (c) => {
      const { id } = c.req.valid('param')
      const { version } = c.req.valid('json')
      const admin = c.get('user')
      await loadUser(db, admin.centreId, id)
      const temporaryPassword = generatePassword()
      const passwordHash = await hashPassword(temporaryPassword)
      const now = clock.now()
      await db.transaction().execute(async (trx) => {
        if (!(await updateUser(trx, admin.centreId, id, version, { passwordHash, mustChangePassword: true }, now))) throw conflict()
        await deleteUserSessions(trx, id)
        await recordAudit(trx, { centreId: admin.centreId, actorUserId: admin.id, action: 'user.password_reset', targetKind: 'user', targetId: id }, now)
      })
      return c.json({ user: toPublic(await loadUser(db, admin.centreId, id)), temporaryPassword }, 200)
    })
    .post('/:id/reset-totp', validate('param', IdParam), validate('json', UserVersionSchema), async (c) => {
      const { id } = c.req.valid('param')
      const { version } = c.req.valid('json')
      const admin = c.get('user')
      const user = await loadUser(db, admin.centreId, id)
      if (user.totp_enabled_at === null) throw new AppError(409, 'totp_not_enabled', 'Brukeren har ikke tofaktor-innlogging.')
      const now = clock.now()
      await db.transaction().execute(async (trx) => {
        // A lost phone: the user signs in with the password and enrols again (if required).
        if (!(await resetTotp(trx, admin.centreId, id, version, now))) throw conflict()
        await recordAudit(trx, { centreId: admin.centreId, actorUserId: admin.id, action: 'user.totp_reset', targetKind: 'user', targetId: id }, now)
      })
      return c.json({ user: toPublic(await loadUser(db, admin.centreId, id)) }, 200)
    })
}
