import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../deps'
import { AppError } from '../errors'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Writes carry JSON or nothing. Hono's JSON validator reads a body of another type as `{}`, so
 * without this a form post or text/plain body would pass a schema whose fields are all optional
 * (found by routes/hostile-input.test.ts: a text/plain body locked a year).
 */
export const jsonOnly = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const type = c.req.header('content-type')
    if (WRITES.has(c.req.method) && type !== undefined && !/^application\/json\s*(;|$)/i.test(type)) {
      throw new AppError(415, 'unsupported_media_type', 'Forespørselen må sendes som JSON.')
    }
    return next()
  })
