import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { expectOk } from '@/lib/api-error'
import { clearUserData } from '@/features/auth/api/clear-user-data'
import { sessionKeys, type SessionState } from '@/features/auth/api/get-session'

/** Marks the cached session locked: the session guard then shows only the lock screen. */
function markLocked(queryClient: QueryClient): void {
  queryClient.setQueryData<SessionState>(sessionKeys.all, (state) => (state?.status === 'signed-in' ? { ...state, session: { ...state.session, locked: true } } : state))
}

export async function lockScreen(api: LyApi): Promise<void> {
  await expectOk(await api.client.auth.lock.$post({ json: {} }))
}

/**
 * Locks at once in the browser and on the server. The server keeps the lock on the session, so
 * a reload does not lift it; the browser locks even if the request fails, and drops every cached
 * answer so none is left in memory behind the lock screen.
 */
export function useLockScreen() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => lockScreen(api),
    onMutate: () => {
      markLocked(queryClient)
      clearUserData(queryClient)
    },
  })
}

export async function unlockScreen(api: LyApi, password: string): Promise<void> {
  await expectOk(await api.client.auth.unlock.$post({ json: { password } }))
}

export function useUnlockScreen() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (password: string) => unlockScreen(api, password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  })
}
