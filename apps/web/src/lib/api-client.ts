import { createApiClient, type ApiClient } from '@ly/bff/client'
import { networkError } from './api-error'

export type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>

/** The SPA's one way to the BFF: Hono's typed client over a fetch that adds the CSRF token. */
export interface LyApi {
  client: ApiClient
  /** Set from every session body (session, sign-in, password change); cleared at sign-out. */
  setCsrfToken(token: string | null): void
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export interface LyApiOptions {
  baseUrl?: string
  /** Tests pass a fetch that calls the real BFF in-process. */
  fetch?: Fetch
}

export function createLyApi({ baseUrl = '/api', fetch: baseFetch = (input, init) => fetch(input, init) }: LyApiOptions = {}): LyApi {
  let csrfToken: string | null = null

  const fetchWithCsrf: Fetch = async (input, init = {}) => {
    const headers = new Headers(init.headers)
    const method = (init.method ?? 'GET').toUpperCase()
    if (!SAFE_METHODS.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken)
    try {
      return await baseFetch(input, { ...init, headers, credentials: 'same-origin' })
    } catch (error) {
      // An aborted query is React Query's business; anything else means the server is unreachable.
      if (error instanceof DOMException && error.name === 'AbortError') throw error
      throw networkError()
    }
  }

  return {
    client: createApiClient(baseUrl, { fetch: fetchWithCsrf }),
    setCsrfToken: (token) => {
      csrfToken = token
    },
  }
}
