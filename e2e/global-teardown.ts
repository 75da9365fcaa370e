import { setTimeout as delay } from 'node:timers/promises'
import { readServerState } from './server-state'

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stops the server global setup started: SIGTERM (it closes the database), then SIGKILL. */
export default async function globalTeardown(): Promise<void> {
  const { pid } = readServerState()
  if (!isRunning(pid)) return
  process.kill(pid, 'SIGTERM')
  const deadline = Date.now() + 10_000
  while (isRunning(pid) && Date.now() < deadline) await delay(100)
  if (isRunning(pid)) process.kill(pid, 'SIGKILL')
}
