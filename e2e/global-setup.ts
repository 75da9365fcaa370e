import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { TMP_DIR } from './server-state'

/**
 * A clean scratch space for the run. Each Playwright worker starts a server of its own under it
 * (fixtures.ts, `server`), so journeys that read centre-wide figures never see another worker's
 * records, and the workers share nothing but the built app.
 */
export default function globalSetup(): void {
  // test-results/ is Playwright's to manage.
  mkdirSync(TMP_DIR, { recursive: true })
  for (const name of readdirSync(TMP_DIR)) {
    if (name !== 'test-results') rmSync(join(TMP_DIR, name), { recursive: true, force: true })
  }
}
