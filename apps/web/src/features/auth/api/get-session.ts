import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { ApiError, readJson } from '@/lib/api-error'

export type Session = InferResponseType<LyApi['client']['auth']['session']['$get'], 200>
export type SessionUser = Session['user']

/**
 * What the SPA knows about the sign-in. `notice` explains an involuntary sign-out (an expired
 * session); `voluntary` marks the user's own sign-out, after which nobody is sent "back".
 */
export type SessionState = { status: 'signed-in'; session: Session } | { status: 'signed-out'; notice?: string; voluntary?: boolean }

export const sessionKeys = {
  all: ['session'] as const,
}

export function setSessionState(queryClient: QueryClient, state: SessionState): void {
  queryClient.setQueryData(sessionKeys.all, state)
}

export async function getSession(api: LyApi, signal?: AbortSignal): Promise<SessionState> {
  try {
    const session = await readJson(await api.client.auth.session.$get(undefined, { init: { signal } }))
    api.setCsrfToken(session.csrfToken)
    return { status: 'signed-in', session }
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error
    api.setCsrfToken(null)
    return error.code === 'session_expired' ? { status: 'signed-out', notice: error.message } : { status: 'signed-out' }
  }
}

export const sessionQueryOptions = (api: LyApi) =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => getSession(api, signal),
    // Refetched on focus after this, so a session that expired while the screen was left
    // alone is noticed when someone comes back to it.
    staleTime: 30_000,
  })

export const useSession = () => useQuery(sessionQueryOptions(useApi()))

/** For components below the session guard, where a signed-in session is guaranteed. */
export function useCurrentSession(): Session {
  const { data } = useSession()
  if (data?.status !== 'signed-in') throw new Error('useCurrentSession used outside the session guard')
  return data.session
}
