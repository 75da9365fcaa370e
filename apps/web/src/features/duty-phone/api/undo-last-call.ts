import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { ApiError, readJson } from '@/lib/api-error'
import { callTallyKeys } from './get-call-tally'
import { dutyPhoneScope } from './register-call'

/**
 * Removes the user's own latest call (the BFF allows it for a few minutes). `id` is the call
 * this screen registered last: if it is no longer the latest, the BFF refuses (409).
 */
export async function undoLastCall(api: LyApi, id: string) {
  return (await readJson(await api.client['incoming-calls']['undo-last'].$post({ json: { id } }))).undone
}

// This screen undoes only what it registered itself, never an older call it did not show.
const nothingToUndo = () => new ApiError(0, 'nothing_to_undo', 'Det er ingen registrering fra denne skjermen å angre.')

/**
 * `latestId` is read when the undo is sent, not when it is pressed: a registration still on its
 * way when undo is pressed has its id by then.
 */
export function useUndoLastCall() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    scope: dutyPhoneScope,
    mutationFn: (latestId: () => string | undefined) => {
      const id = latestId()
      return id ? undoLastCall(api, id) : Promise.reject(nothingToUndo())
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: callTallyKeys.all }),
  })
}
