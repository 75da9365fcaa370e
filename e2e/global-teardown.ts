import { stopServer } from './server'
import { readServerState } from './server-state'

/** Stops the shared server global setup started. */
export default async function globalTeardown(): Promise<void> {
  await stopServer(readServerState().pid)
}
