import type { MiddlewareHandler } from 'hono'

let inFlight = 0

/**
 * How many requests this process is answering now. Background work (warming the kept
 * statistics) waits while any is, so it never takes the cores from a person waiting.
 */
export const requestsInFlight = () => inFlight

export const countInFlight = (): MiddlewareHandler => async (_c, next) => {
  inFlight++
  try {
    await next()
  } finally {
    inFlight--
  }
}
