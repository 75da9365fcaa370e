import { randomBytes } from 'node:crypto'
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
  /**
   * Reverse proxies in front of Ly (LY_TRUST_PROXY); 0 = none. With N, X-Forwarded-Proto is
   * believed and the client address is the N-th X-Forwarded-For entry from the right.
   */
  trustProxy: number
  /** Failed sign-ins within the window before an account, or an address, is throttled. */
  throttle: { windowMinutes: number; perAccount: number; perAddress: number }
  /** Largest accepted request body in bytes. */
  maxBodyBytes: number
  /** 32 bytes sealing TOTP secrets (auth/server-key.ts); kept outside the database. */
  secretKey: Buffer
}

export const defaultConfig: AppConfig = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  secureCookies: 'auto',
  trustProxy: 0,
  throttle: { windowMinutes: 15, perAccount: 5, perAddress: 20 },
  maxBodyBytes: 256 * 1024,
  // Tests and tools get a throwaway key; the server reads its own (env.ts).
  secretKey: randomBytes(32),
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
  /** The user has confirmed a TOTP authenticator. */
  totpEnabled: boolean
  /** The centre requires two-factor sign-in for this role and the user has none yet. */
  mustEnrolTotp: boolean
}

export interface AppEnv {
  Variables: {
    sessionId: string
    csrfToken: string
    user: SessionUser
    /** The screen is locked (idle): only unlock, session and sign-out answer. */
    sessionLocked: boolean
  }
}
