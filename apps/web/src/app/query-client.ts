import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { sessionKeys, setSessionState, type SessionState } from '@/features/auth/api/get-session'
import { ApiError } from '@/lib/api-error'

/** Codes that mean the session is gone; the sign-in form's own 401 (wrong password) is not one. */
const SESSION_LOST = new Set(['unauthorized', 'session_expired', 'locked_out'])
/** Codes that mean the session changed state on the server: locked, or held for two-factor setup. */
const SESSION_CHANGED = new Set(['password_change_required', 'session_locked', 'totp_enrolment_required'])

/**
 * Answers that concern the session, whichever request got them: a lost session signs the SPA
 * out (the session guard then shows the sign-in page with the server's message), and a forced
 * password change reloads the session so the guard sends the user to /bytt-passord.
 */
function onApiError(queryClient: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError)) return
  if (error.status === 401 && SESSION_LOST.has(error.code)) {
    // Only the first answer tells why ("session_expired"); requests still under way when the
    // session ended then get a plain "unauthorized", which must not wipe that message.
    if (queryClient.getQueryData<SessionState>(sessionKeys.all)?.status === 'signed-out') return
    setSessionState(queryClient, error.code === 'unauthorized' ? { status: 'signed-out' } : { status: 'signed-out', notice: error.message })
  } else if (SESSION_CHANGED.has(error.code)) {
    void queryClient.invalidateQueries({ queryKey: sessionKeys.all })
  }
}

/** A 4xx will not change by asking again; a network failure or a 5xx might. */
const shouldRetry = (failureCount: number, error: unknown) => failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500)

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onApiError(queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => onApiError(queryClient, error) }),
    defaultOptions: { queries: { retry: shouldRetry } },
  })
  return queryClient
}
