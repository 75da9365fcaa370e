import { randomUUID } from 'node:crypto'
import type { Db, Role } from './database'

/** What the API may show of a user: never the password hash. */
export const publicUserColumns = ['id', 'centre_id', 'username', 'role', 'active', 'must_change_password', 'totp_enabled_at', 'version', 'created_at', 'updated_at'] as const

export interface NewUser {
  centreId: string
  username: string
  role: Role
  passwordHash: string
  mustChangePassword: boolean
}

export async function insertUser(db: Db, user: NewUser, now: Date) {
  const id = randomUUID()
  await db
    .insertInto('users')
    .values({
      id,
      centre_id: user.centreId,
      username: user.username,
      role: user.role,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword ? 1 : 0,
      active: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute()
  return id
}

export const findUserByUsername = (db: Db, username: string) => db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst()

export const findUserById = (db: Db, id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()

/** Scoped to a centre: an administrator never reaches another centre's accounts. */
export const findCentreUser = (db: Db, centreId: string, id: string) =>
  db.selectFrom('users').select(publicUserColumns).where('centre_id', '=', centreId).where('id', '=', id).executeTakeFirst()

export const listCentreUsers = (db: Db, centreId: string) => db.selectFrom('users').select(publicUserColumns).where('centre_id', '=', centreId).orderBy('username').execute()

export async function countActiveAdmins(db: Db, centreId: string) {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('centre_id', '=', centreId)
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export interface UserChanges {
  role?: Role
  active?: boolean
  passwordHash?: string
  mustChangePassword?: boolean
}

/**
 * Optimistic concurrency: the update only applies to the version the caller saw. Returns false
 * when someone else changed the user in the meantime.
 */
export async function updateUser(db: Db, centreId: string, id: string, expectedVersion: number, changes: UserChanges, now: Date) {
  const result = await db
    .updateTable('users')
    .set((eb) => ({
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.active !== undefined && { active: changes.active ? 1 : 0 }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      ...(changes.mustChangePassword !== undefined && { must_change_password: changes.mustChangePassword ? 1 : 0 }),
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
