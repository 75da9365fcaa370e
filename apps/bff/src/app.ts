import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { runClosedScope } from './db/scope'
import { AppError, handleError } from './errors'
import type { AppDeps, AppEnv } from './deps'
import { securityHeaders } from './middleware/security-headers'
import { jsonOnly } from './middleware/json-only'
import { sessionGate } from './middleware/session'
import { authRoutes } from './routes/auth'
import { healthRoutes } from './routes/health'
import { userRoutes } from './routes/users'
import { countInFlight } from './middleware/in-flight'
import { caseCodeRoutes, recordRoutes } from './routes/records'
import { centreYearRoutes } from './routes/centre-years'
import { adultStayRoutes, childStayRoutes, occupancyRoutes } from './routes/residents'
import { callerCategoryRoutes, incomingCallRoutes } from './routes/incoming-calls'
import { outgoingCallRoutes } from './routes/outgoing-calls'
import { statisticsRoutes } from './routes/statistics'
import { reportRoutes } from './routes/report'
import { suppressionSettingRoutes } from './routes/settings'
import { nationalExportRoutes } from './routes/national-export'
import { auditRoutes } from './routes/audit'
import { screenLockRoutes } from './routes/screen-lock'
import { securitySettingRoutes } from './routes/security-settings'
import { totpRoutes } from './routes/totp'
import { yearRoutes } from './routes/years'
import { qualityRoutes } from './routes/quality'
import { referralCentreRoutes, turnedAwayRoutes } from './routes/turned-away'
import { capacityRoutes } from './routes/capacity'
import { dayVisitForm, phoneSessionForm } from '@ly/forms'

/** The API under /api, chained so its types flow to the SPA's typed client. */
export function createApi(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(sessionGate(deps))
    .route('/health', healthRoutes)
    .route('/auth', authRoutes(deps))
    .route('/users', userRoutes(deps))
    .route('/case-codes', caseCodeRoutes(deps))
    .route('/day-visits', recordRoutes(deps, dayVisitForm))
    .route('/adult-stays', adultStayRoutes(deps))
    .route('/child-stays', childStayRoutes(deps))
    .route('/occupancy', occupancyRoutes(deps))
    .route('/phone-sessions', recordRoutes(deps, phoneSessionForm))
    .route('/incoming-calls', incomingCallRoutes(deps))
    .route('/outgoing-calls', outgoingCallRoutes(deps))
    .route('/settings/caller-categories', callerCategoryRoutes(deps))
    .route('/turned-away', turnedAwayRoutes(deps))
    .route('/settings/referral-centres', referralCentreRoutes(deps))
    .route('/capacity', capacityRoutes(deps))
    .route('/centre-years', centreYearRoutes(deps))
    .route('/statistics', statisticsRoutes(deps))
    .route('/report', reportRoutes(deps))
    .route('/settings/suppression', suppressionSettingRoutes(deps))
    .route('/national-export', nationalExportRoutes(deps))
    .route('/auth', screenLockRoutes(deps))
    .route('/auth/totp', totpRoutes(deps))
    .route('/settings/security', securitySettingRoutes(deps))
    .route('/audit', auditRoutes(deps))
    .route('/years', yearRoutes(deps))
    .route('/quality', qualityRoutes(deps))
}

export type ApiType = ReturnType<typeof createApi>

export interface CreateAppOptions {
  /** Mounts extra handlers after the API (the built SPA in production). */
  mountStatic?: (app: Hono<AppEnv>) => void
}

/** Builds the BFF from injected dependencies; tests pass their own database and clock. */
export function createApp(deps: AppDeps, options: CreateAppOptions = {}) {
  const app = new Hono<AppEnv>()
  app.onError((err, c) => handleError(err, c, deps.logger))
  app.use('/api/*', countInFlight())
  app.use(securityHeaders(deps.config))
  // Every API request starts seeing no centre's registrations; the session gate opens its own.
  app.use('/api/*', (c, next) => runClosedScope(next))
  app.use('/api/*', async (c, next) => {
    await next()
    // API answers are about people in danger: never cache them anywhere.
    c.header('Cache-Control', 'no-store')
  })
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () => {
        throw new AppError(413, 'payload_too_large', 'Forespørselen er for stor.')
      },
    }),
  )
  app.use('/api/*', jsonOnly())
  app.route('/api', createApi(deps))
  app.all('/api/*', () => {
    throw new AppError(404, 'not_found', 'Fant ikke denne adressen i API-et.')
  })
  options.mountStatic?.(app)
  return app
}
