import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InferRequestType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { centreOptionKeys, type OptionList } from './get-centre-options'

type Change = InferRequestType<LyApi['client']['settings'][OptionList][':key']['$patch']>['json']

/** Rename (label; null restores a default's own), retire or restore, with the version shown. */
export async function updateCentreOption(api: LyApi, list: OptionList, key: string, json: Change) {
  return (await readJson(await api.client.settings[list][':key'].$patch({ param: { key }, json }))).category
}

export function useUpdateCentreOption(list: OptionList) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ key, ...json }: Change & { key: string }) => updateCentreOption(api, list, key, json),
    // Refetched either way: after a 409 the list shows what someone else changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: centreOptionKeys.list(list) }),
  })
}
