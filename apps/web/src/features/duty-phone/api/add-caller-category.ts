import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { callerCategoryKeys } from './get-caller-categories'

export async function addCallerCategory(api: LyApi, label: string) {
  return (await readJson(await api.client.settings['caller-categories'].$post({ json: { label } }))).category
}

export function useAddCallerCategory() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (label: string) => addCallerCategory(api, label),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callerCategoryKeys.all }),
  })
}
