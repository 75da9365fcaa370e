import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Scratch space for one run: database, server log, state. Wiped by every global setup.
 * LY_E2E_TMP moves it, so two runs in one working tree neither share a database nor stop
 * each other's server.
 */
export const TMP_DIR = process.env.LY_E2E_TMP ? `${resolve(process.env.LY_E2E_TMP)}/` : fileURLToPath(new URL('./.tmp/', import.meta.url))
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url))
const STATE_FILE = `${TMP_DIR}server.json`

export interface Credentials {
  username: string
  password: string
}

/** What global setup tells the tests about the shared server it started. */
export interface ServerState {
  baseURL: string
  pid: number
  dbPath: string
  logPath: string
  /** The first administrator; global setup has already changed the one-time password to ADMIN_PASSWORD. */
  admin: Credentials
}

/** The first administrator's password once global setup has changed the printed one. */
export const ADMIN_PASSWORD = 'e2e-admin-passord-2026'
/** The password seeded users change their one-time password to. */
export const USER_PASSWORD = 'e2e-bruker-passord-2026'

export function writeServerState(state: ServerState): void {
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
}

export function readServerState(): ServerState {
  if (!existsSync(STATE_FILE)) throw new Error(`Fant ikke ${STATE_FILE}: kjør testene med playwright.config.ts, som starter serveren.`)
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as ServerState
}
