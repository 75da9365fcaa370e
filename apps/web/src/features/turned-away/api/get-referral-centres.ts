import { queryOptions, useQuery } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

export const referralCentreKeys = {
  all: ['referral-centres'] as const,
}

/** The crisis centres this centre refers to (its own list, kept by its administrator), retired ones marked. */
export async function getReferralCentres(api: LyApi, signal?: AbortSignal) {
  const res = await api.client.settings['referral-centres'].$get(undefined, { init: { signal } })
  return (await readJson(res)).categories
}

export const referralCentresQueryOptions = (api: LyApi) => queryOptions({ queryKey: referralCentreKeys.all, queryFn: ({ signal }) => getReferralCentres(api, signal) })

export const useReferralCentres = () => useQuery(referralCentresQueryOptions(useApi()))
