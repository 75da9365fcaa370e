import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export interface FieldIssue {
  /** Dotted path to the field, e.g. "password" or "children.0.age". */
  path: string
  message: string
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: FieldIssue[] }
}

/**
 * The one error type of the BFF. `message` is shown to the user, so it is Norwegian and never
 * contains personal data or the submitted values.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message)
  }
}

export const unauthorized = () => new AppError(401, 'unauthorized', 'Du må logge inn.')
export const forbidden = () => new AppError(403, 'forbidden', 'Du har ikke tilgang til dette.')
export const notFound = (what = 'Fant ikke det du ba om.') => new AppError(404, 'not_found', what)

export function errorBody(err: AppError): ErrorBody {
  return { error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } }
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

/** Logs only the error class and stack: request bodies and messages may hold answers. */
export function handleError(err: Error, c: Context, logger: Logger): Response {
  if (err instanceof AppError) {
    for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v)
    return c.json(errorBody(err), err.status)
  }
  if (err instanceof HTTPException) {
    const status = err.status
    const known: Record<number, [string, string]> = {
      400: ['bad_request', 'Forespørselen kunne ikke leses. Send gyldig JSON.'],
      413: ['payload_too_large', 'Forespørselen er for stor.'],
      415: ['unsupported_media_type', 'Forespørselen må sendes som JSON.'],
    }
    const [code, message] = known[status] ?? ['http_error', 'Forespørselen kunne ikke behandles.']
    return c.json({ error: { code, message } }, status)
  }
  logger.error('unhandled error', { name: err.name, stack: err.stack })
  return c.json({ error: { code: 'internal', message: 'Noe gikk galt på serveren. Prøv igjen.' } }, 500)
}
