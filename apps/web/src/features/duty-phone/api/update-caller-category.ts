import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InferRequestType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { callerCategoryKeys } from './get-caller-categories'

type Change = InferRequestType<LyApi['client']['settings']['caller-categories'][':key']['$patch']>['json']

/** Rename (label; null restores a default's own), retire or restore, with the version shown. */
export async function updateCallerCategory(api: LyApi, key: string, json: Change) {
  return (await readJson(await api.client.settings['caller-categories'][':key'].$patch({ param: { key }, json }))).category
}

export function useUpdateCallerCategory() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ key, ...json }: Change & { key: string }) => updateCallerCategory(api, key, json),
    // Refetched either way: after a 409 the list shows what someone else changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: callerCategoryKeys.all }),
  })
}
