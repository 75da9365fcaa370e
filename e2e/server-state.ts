import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Scratch space for one run: each worker's database and server log. Wiped by every global setup.
 * LY_E2E_TMP moves it, so two runs in one working tree neither share a database nor stop
 * each other's server.
 */
export const TMP_DIR = process.env.LY_E2E_TMP ? `${resolve(process.env.LY_E2E_TMP)}/` : fileURLToPath(new URL('./.tmp/', import.meta.url))
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url))

export interface Credentials {
  username: string
  password: string
}

/** What a worker's tests know of the server the worker started (fixtures.ts, `server`). */
export interface ServerState {
  baseURL: string
  pid: number
  dbPath: string
  logPath: string
  /** The first administrator, the one-time password already changed to ADMIN_PASSWORD. */
  admin: Credentials
}

/** The first administrator's password once global setup has changed the printed one. */
export const ADMIN_PASSWORD = 'e2e-admin-passord-2026'
/** The password seeded users change their one-time password to. */
export const USER_PASSWORD = 'e2e-bruker-passord-2026'
