import type { Clock } from './clock'
import type { Db, Role } from './db/database'
import type { Logger } from './errors'

export interface AppConfig {
  /** Minutes without a request before a session ends. */
  sessionIdleMinutes: number
  /** Hours after sign-in when a session ends regardless of activity. */
  sessionAbsoluteHours: number
  /** 'auto' sets Secure on the cookie when the request came over HTTPS. */
  secureCookies: 'auto' | 'always' | 'never'
  /** Trust X-Forwarded-For/-Proto from a reverse proxy in front of Ly. */
  trustProxy: boolean
  /** Failed sign-ins within the window before an account, or an address, is throttled. */
  throttle: { windowMinutes: number; perAccount: number; perAddress: number }
  /** Largest accepted request body in bytes. */
  maxBodyBytes: number
}

export const defaultConfig: AppConfig = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  secureCookies: 'auto',
  trustProxy: false,
  throttle: { windowMinutes: 15, perAccount: 5, perAddress: 20 },
  maxBodyBytes: 256 * 1024,
}

export interface AppDeps {
  db: Db
  clock: Clock
  logger: Logger
  config: AppConfig
}

export interface SessionUser {
  id: string
  username: string
  role: Role
  centreId: string
  centreName: string
  /** The centre holds invented demo registrations (`pnpm ly demo`): the SPA says so on every page. */
  centreDemoData: boolean
  mustChangePassword: boolean
}

export interface AppEnv {
  Variables: {
    sessionId: string
    csrfToken: string
    user: SessionUser
  }
}
