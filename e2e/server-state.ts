import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Scratch space for one run: database, server log, state. Wiped by every global setup. */
export const TMP_DIR = fileURLToPath(new URL('./.tmp/', import.meta.url))
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url))
const STATE_FILE = `${TMP_DIR}server.json`
const ADMIN_READY_FILE = `${TMP_DIR}admin-ready`

export interface Credentials {
  username: string
  password: string
}

/** What global setup tells the tests about the server it started. */
export interface ServerState {
  baseURL: string
  pid: number
  dbPath: string
  logPath: string
  /** The first administrator and the one-time password the server printed at first start. */
  firstAdmin: Credentials
}

/** The first administrator's password once it has been changed (by the first-start journey or a fixture). */
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

export const isAdminPasswordChanged = () => existsSync(ADMIN_READY_FILE)
export const markAdminPasswordChanged = () => writeFileSync(ADMIN_READY_FILE, '')
