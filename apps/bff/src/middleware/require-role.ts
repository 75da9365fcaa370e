import { createMiddleware } from 'hono/factory'
import type { Role } from '../db/database'
import type { AppEnv } from '../deps'
import { forbidden } from '../errors'

/** Leaders can do what staff can; administrators manage users and settings. */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get('user').role)) throw forbidden()
    return next()
  })
}
