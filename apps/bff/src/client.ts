import { hc } from 'hono/client'
import type { ApiType } from './app'

/** The SPA's typed client: same routes, same request and response types as the BFF. */
export const createApiClient = (baseUrl: string, options?: Parameters<typeof hc>[1]) => hc<ApiType>(baseUrl, options)
export type ApiClient = ReturnType<typeof createApiClient>
export type { ApiType }
/** The audit trail's action keys: the SPA's Norwegian labels must name every one. */
export type { AuditAction } from './db/audit'
