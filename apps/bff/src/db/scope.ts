import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Which centre's registrations the current work may see, for PostgreSQL's row-level security
 * (decision 0014). The queries filter by centre as they always have; this is the second lock
 * behind that door, so a forgotten `where centre_id = …` cannot leak another centre's records.
 *
 * - Inside an HTTP request the scope starts closed (no centre: nothing is visible) and the
 *   session gate opens it for the signed-in user's centre only.
 * - Outside any request — migrations, the command line, scheduled jobs, the bench, test set-up —
 *   the work is the operator's own and sees every centre (`SYSTEM_SCOPE`).
 * SQLite has no row-level security; there the scope is simply unused.
 */
export const SYSTEM_SCOPE = '*'

interface Scope {
  centreId: string | null
}

const storage = new AsyncLocalStorage<Scope>()

/** The value given to PostgreSQL as `ly.centre_id`: a centre id, '*' for system work, '' for none. */
export function currentScope(): string {
  const scope = storage.getStore()
  if (scope === undefined) return SYSTEM_SCOPE
  return scope.centreId ?? ''
}

/** Runs one HTTP request with the scope closed until `openCentreScope` is called. */
export function runClosedScope<T>(fn: () => T): T {
  return storage.run({ centreId: null }, fn)
}

/** Opens the current request's scope for one centre (the signed-in user's). */
export function openCentreScope(centreId: string): void {
  const scope = storage.getStore()
  if (!scope) throw new Error('openCentreScope outside a request scope')
  scope.centreId = centreId
}

/** Runs work scoped to one centre, as a request for that centre would be (used by tests). */
export function runInCentreScope<T>(centreId: string, fn: () => T): T {
  return storage.run({ centreId }, fn)
}
