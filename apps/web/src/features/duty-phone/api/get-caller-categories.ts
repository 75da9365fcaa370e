import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

export type CallerCategory = InferResponseType<LyApi['client']['settings']['caller-categories']['$get'], 200>['categories'][number]

export const callerCategoryKeys = {
  all: ['caller-categories'] as const,
}

export async function getCallerCategories(api: LyApi, signal?: AbortSignal): Promise<CallerCategory[]> {
  const res = await api.client.settings['caller-categories'].$get(undefined, { init: { signal } })
  return (await readJson(res)).categories
}

/** The centre's caller categories in its order, retired ones included (and marked). */
export const callerCategoriesQueryOptions = (api: LyApi) => queryOptions({ queryKey: callerCategoryKeys.all, queryFn: ({ signal }) => getCallerCategories(api, signal) })

export const useCallerCategories = () => useQuery(callerCategoriesQueryOptions(useApi()))
