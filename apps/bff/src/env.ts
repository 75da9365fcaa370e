import { dirname, join, resolve } from 'node:path'
import { loadServerKey } from './auth/server-key'
import { readDatabaseUrl } from './db/database'
import { defaultConfig, type AppConfig } from './deps'

export interface ServerEnv {
  /** LY_DATABASE_URL: PostgreSQL instead of the SQLite file (docs/deploy.md). */
  databaseUrl: string | undefined
  dbPath: string
  /** LY_DB_KEY: encrypts the database and its backups at rest; unset = not encrypted. */
  dbKey: string | undefined
  port: number
  host: string
  config: AppConfig
  backups: { dir: string; intervalHours: number; keep: number }
}

export function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} må være et helt tall på minst ${min} (fikk "${raw}").`)
  return n
}

/** LY_TRUST_PROXY: the number of proxies in front; `true` is one, `false` or unset none. */
export function trustedHopsFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '' || raw === 'false') return 0
  if (raw === 'true') return 1
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`LY_TRUST_PROXY må være antall proxyer foran Ly (0–10), true eller false (fikk "${raw}").`)
  return n
}

/** Every setting Ly reads from the environment; documented in the README. */
export function readEnv(): ServerEnv {
  const secure = process.env.LY_SECURE_COOKIES ?? 'auto'
  if (!['auto', 'always', 'never'].includes(secure)) throw new Error('LY_SECURE_COOKIES må være auto, always eller never.')
  const dbPath = resolve(process.env.LY_DB ?? './data/ly.sqlite')
  return {
    databaseUrl: readDatabaseUrl(process.env.LY_DATABASE_URL),
    dbPath,
    dbKey: process.env.LY_DB_KEY || undefined,
    backups: {
      dir: resolve(process.env.LY_BACKUP_DIR ?? join(dirname(dbPath), 'backups')),
      intervalHours: intFromEnv('LY_BACKUP_INTERVAL_HOURS', 24, 0),
      keep: intFromEnv('LY_BACKUP_KEEP', 14, 1),
    },
    // 0 asks the system for a free port (the log says which): used by tests.
    port: intFromEnv('PORT', 3000, 0),
    host: process.env.HOST ?? '0.0.0.0',
    config: {
      ...defaultConfig,
      sessionIdleMinutes: intFromEnv('LY_SESSION_IDLE_MINUTES', defaultConfig.sessionIdleMinutes, 1),
      sessionAbsoluteHours: intFromEnv('LY_SESSION_MAX_HOURS', defaultConfig.sessionAbsoluteHours, 1),
      secureCookies: secure as AppConfig['secureCookies'],
      trustProxy: trustedHopsFromEnv(process.env.LY_TRUST_PROXY),
      secretKey: loadServerKey(dbPath),
    },
  }
}
