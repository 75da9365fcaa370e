import type { QueryClient } from '@tanstack/react-query'
import type { LyApi } from './api-client'

/** What a route's loader needs from outside React: the api client and the query cache the screens read. */
export interface RouteDeps {
  api: LyApi
  queryClient: QueryClient
}

/**
 * A page's prefetch, run by its route loader while the page's code downloads (decision 0019): it
 * puts the page's first data in the query cache, so the page finds it there instead of asking
 * only once its chunk has arrived. Never throws: a refused request is the page's to show.
 */
export type Prefetch = (deps: RouteDeps, url: URL) => Promise<unknown>

/**
 * How long data a loader fetched counts as fresh: the page mounts a moment after its loader ran
 * and must not ask for the same figures a second time. Short, so nothing is shown stale.
 */
export const PREFETCHED_FRESH_MS = 5_000
