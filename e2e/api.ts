import { randomUUID } from 'node:crypto'
import { request as requestFactory, type APIRequestContext, type APIResponse } from '@playwright/test'
import { ADMIN_PASSWORD, USER_PASSWORD, type Credentials } from './server-state'

export type Role = 'staff' | 'leader' | 'admin'

/** A user name no other test uses (lower case, as the API requires). */
export const uniqueUsername = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

/** An API session: a request context holding the session cookie, and the CSRF token writes need. */
export interface ApiSession {
  request: APIRequestContext
  csrfToken: string
  mustChangePassword: boolean
  post(path: string, data: unknown): Promise<APIResponse>
}

export async function apiSignIn(baseURL: string, credentials: Credentials): Promise<ApiSession> {
  const request = await requestFactory.newContext({ baseURL })
  const res = await request.post('/api/auth/sign-in', { data: credentials })
  if (res.status() !== 200) {
    await request.dispose()
    throw new Error(`Innlogging som ${credentials.username} via API-et feilet: ${res.status()} ${await res.text()}`)
  }
  const body = (await res.json()) as { csrfToken: string; user: { mustChangePassword: boolean } }
  return {
    request,
    csrfToken: body.csrfToken,
    mustChangePassword: body.user.mustChangePassword,
    post: (path, data) => request.post(path, { data, headers: { 'x-csrf-token': body.csrfToken } }),
  }
}

export async function apiChangePassword(session: ApiSession, currentPassword: string, newPassword: string): Promise<void> {
  const res = await session.post('/api/auth/password', { currentPassword, newPassword })
  if (res.status() !== 200) throw new Error(`Passordbytte via API-et feilet: ${res.status()} ${await res.text()}`)
}

/** Changes a first administrator's printed one-time password to ADMIN_PASSWORD. */
export async function prepareFirstAdmin(baseURL: string, firstAdmin: Credentials): Promise<Credentials> {
  const session = await apiSignIn(baseURL, firstAdmin)
  try {
    await apiChangePassword(session, firstAdmin.password, ADMIN_PASSWORD)
  } finally {
    await session.request.dispose()
  }
  return { username: firstAdmin.username, password: ADMIN_PASSWORD }
}

export interface SeedUserOptions {
  role?: Role
  /** Keep the one-time password (the user must change it at sign-in) instead of changing it. */
  keepOneTimePassword?: boolean
  prefix?: string
}

/** Creates a user through the API as `admin`; by default with the password changed to USER_PASSWORD. */
export async function createUser(baseURL: string, admin: Credentials, options: SeedUserOptions = {}): Promise<Credentials> {
  const { role = 'staff', keepOneTimePassword = false, prefix = 'e2e' } = options
  const sessions: ApiSession[] = []
  try {
    const adminSession = await apiSignIn(baseURL, admin)
    sessions.push(adminSession)
    const username = uniqueUsername(prefix)
    const res = await adminSession.post('/api/users', { username, role })
    if (res.status() !== 201) throw new Error(`Kunne ikke opprette ${username}: ${res.status()} ${await res.text()}`)
    const { temporaryPassword } = (await res.json()) as { temporaryPassword: string }
    if (keepOneTimePassword) return { username, password: temporaryPassword }

    const userSession = await apiSignIn(baseURL, { username, password: temporaryPassword })
    sessions.push(userSession)
    await apiChangePassword(userSession, temporaryPassword, USER_PASSWORD)
    return { username, password: USER_PASSWORD }
  } finally {
    await Promise.all(sessions.map((s) => s.request.dispose()))
  }
}
