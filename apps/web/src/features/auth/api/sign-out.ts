import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { expectOk } from '@/lib/api-error'
import { clearAllDrafts } from '@/lib/drafts'
import { setSessionState } from './get-session'

export async function signOut(api: LyApi): Promise<void> {
  await expectOk(await api.client.auth['sign-out'].$post())
}

/** The session guard sees the signed-out state and takes the user to the sign-in page. */
export function useSignOut() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => signOut(api),
    // Even if the server could not be reached, this screen must stop showing the user's data.
    // (The sign-in page then empties the cache.)
    onSettled: () => {
      api.setCsrfToken(null)
      // Drafts never outlive the signed-in session (decision 0017).
      clearAllDrafts()
      setSessionState(queryClient, { status: 'signed-out', voluntary: true })
    },
  })
}
