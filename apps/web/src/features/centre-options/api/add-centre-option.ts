import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { centreOptionKeys, type OptionList } from './get-centre-options'

export async function addCentreOption(api: LyApi, list: OptionList, label: string) {
  return (await readJson(await api.client.settings[list].$post({ json: { label } }))).category
}

export function useAddCentreOption(list: OptionList) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (label: string) => addCentreOption(api, list, label),
    onSettled: () => queryClient.invalidateQueries({ queryKey: centreOptionKeys.list(list) }),
  })
}
