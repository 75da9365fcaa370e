import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { callerCategoryKeys, type CallerCategory } from './get-caller-categories'

/** The whole list in its new order: the BFF refuses (409) if it changed since it was read. */
export async function reorderCallerCategories(api: LyApi, order: string[]) {
  return (await readJson(await api.client.settings['caller-categories'].$patch({ json: { order } }))).categories
}

export function useReorderCallerCategories() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (order: string[]) => reorderCallerCategories(api, order),
    onSuccess: (categories) => queryClient.setQueryData<CallerCategory[]>(callerCategoryKeys.all, categories),
    onError: () => queryClient.invalidateQueries({ queryKey: callerCategoryKeys.all }),
  })
}
