import { mkdirSync } from 'node:fs'
import type { Clock } from '../clock'
import type { Db } from '../db/database'
import type { Logger } from '../errors'
import { latestBackupTime, rotateBackup } from './backup'

export interface BackupSchedule {
  dir: string
  intervalHours: number
  keep: number
}

/**
 * Takes a backup every `intervalHours` (and at start-up when the newest is older than that),
 * keeping the `keep` newest. Logs file names and counts only. Returns a stop function.
 */
export function scheduleBackups(db: Db, schedule: BackupSchedule, clock: Clock, logger: Logger): () => void {
  if (schedule.intervalHours <= 0) return () => {}
  mkdirSync(schedule.dir, { recursive: true, mode: 0o700 })
  const intervalMs = schedule.intervalHours * 3_600_000
  const run = async () => {
    try {
      const { file, removed } = await rotateBackup(db, schedule.dir, schedule.keep, clock.now())
      logger.info('sikkerhetskopi tatt', { file, removed: removed.length })
    } catch (err) {
      logger.error('sikkerhetskopi feilet', { name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) })
    }
  }
  const latest = latestBackupTime(schedule.dir)
  if (!latest || clock.now().getTime() - latest.getTime() >= intervalMs) void run()
  const timer = setInterval(() => void run(), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
