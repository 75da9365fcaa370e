import type { CommandSpec } from '../command'
import { backupCommand, encryptDatabaseCommand, restoreCommand } from './backup'
import { createCentreCommand, listCentresCommand, recoverAdminCommand } from './centres'
import { checkCommand } from './check'
import { demoCommand } from './demo'
import { exportCommand, importCommand } from './interchange'
import { migrateToPostgresCommand } from './migrate-to-postgres'
import { purgeCommand } from './purge'
import { reportCommand } from './report'
import { retentionCommand } from './retention'
import { statsCommand } from './stats'

/**
 * Every `pnpm ly` command, in the order `pnpm ly help` lists them. A new command is one
 * `defineCommand({ name, summary, options, examples, run })` in its own file and one line
 * here; its `--help`, the overview and the Norwegian errors for unknown options follow.
 */
export const commands: readonly CommandSpec[] = [
  createCentreCommand,
  listCentresCommand,
  recoverAdminCommand,
  statsCommand,
  checkCommand,
  demoCommand,
  importCommand,
  exportCommand,
  reportCommand,
  retentionCommand,
  purgeCommand,
  backupCommand,
  restoreCommand,
  encryptDatabaseCommand,
  migrateToPostgresCommand,
]
