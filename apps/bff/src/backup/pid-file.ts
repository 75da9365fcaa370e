import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

/**
 * A running server writes `<database>.pid`, so `pnpm ly restore` can refuse to swap the file
 * from under it (the server would go on writing to the old, unlinked file and lose everything).
 */
export const pidFileOf = (dbPath: string) => `${dbPath}.pid`

export function writePidFile(dbPath: string): () => void {
  const file = pidFileOf(dbPath)
  writeFileSync(file, String(process.pid))
  return () => rmSync(file, { force: true })
}

/** The pid of a live server using the database, or null (a stale pid file is ignored). */
export function runningServerPid(dbPath: string): number | null {
  const file = pidFileOf(dbPath)
  if (!existsSync(file)) return null
  const pid = Number(readFileSync(file, 'utf8').trim())
  if (!Number.isInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}
