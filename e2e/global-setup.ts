import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { prepareFirstAdmin } from './api'
import { startServer } from './server'
import { TMP_DIR, writeServerState } from './server-state'

/**
 * Starts the shared server for the journeys (the built app, a fresh database under
 * e2e/.tmp/), changes the first administrator's one-time password so every journey can use
 * the administrator, and writes what the tests need to e2e/.tmp/server.json. The journey that
 * checks the first start itself starts a server of its own (fixtures.ts, `freshServer`).
 */
export default async function globalSetup(): Promise<void> {
  // A fresh database and state every run (test-results/ is Playwright's to manage).
  mkdirSync(TMP_DIR, { recursive: true })
  for (const name of readdirSync(TMP_DIR)) {
    if (name !== 'test-results') rmSync(join(TMP_DIR, name), { recursive: true, force: true })
  }
  const server = await startServer(TMP_DIR)
  try {
    const admin = await prepareFirstAdmin(server.baseURL, server.firstAdmin)
    writeServerState({ baseURL: server.baseURL, pid: server.pid, dbPath: server.dbPath, logPath: server.logPath, admin })
  } catch (error) {
    await server.stop()
    throw error
  }
  process.env.LY_E2E_BASE_URL = server.baseURL
}
