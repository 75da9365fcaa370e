import { queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

/**
 * A centre's editable option lists, by their route under /api/settings (the BFF builds both with
 * `centreOptionRoutes`, so they answer alike): the duty phone's caller categories and the crisis
 * centres a turned-away request is referred to.
 */
export type OptionList = 'caller-categories' | 'referral-centres'

export type CentreOption = InferResponseType<LyApi['client']['settings'][OptionList]['$get'], 200>['categories'][number]

export const centreOptionKeys = {
  list: (list: OptionList) => [list] as const,
}

export async function getCentreOptions(api: LyApi, list: OptionList, signal?: AbortSignal): Promise<CentreOption[]> {
  const res = await api.client.settings[list].$get(undefined, { init: { signal } })
  return (await readJson(res)).categories
}

/** The centre's list in its order, retired options included (and marked). */
export const centreOptionsQueryOptions = (api: LyApi, list: OptionList) =>
  queryOptions({ queryKey: centreOptionKeys.list(list), queryFn: ({ signal }) => getCentreOptions(api, list, signal) })

export const useCentreOptions = (list: OptionList) => useQuery(centreOptionsQueryOptions(useApi(), list))
