import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { centreOptionKeys, type CentreOption, type OptionList } from './get-centre-options'

/** The whole list in its new order: the BFF refuses (409) if it changed since it was read. */
export async function reorderCentreOptions(api: LyApi, list: OptionList, order: string[]) {
  return (await readJson(await api.client.settings[list].$patch({ json: { order } }))).categories
}

export function useReorderCentreOptions(list: OptionList) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (order: string[]) => reorderCentreOptions(api, list, order),
    onSuccess: (options) => queryClient.setQueryData<CentreOption[]>(centreOptionKeys.list(list), options),
    onError: () => queryClient.invalidateQueries({ queryKey: centreOptionKeys.list(list) }),
  })
}
