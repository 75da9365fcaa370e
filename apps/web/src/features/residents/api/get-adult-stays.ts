import { useInfiniteQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import { pagedListQueryOptions } from '@/features/records/api/get-records'
import type { RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery } from '@/features/records/lib/list-filters'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import type { StayFilters } from '../lib/list-filters'
import { residentsKeys } from './keys'

/** A list row: the bare event and the list fields, with the derived facts of the whole stay. */
export type ListedAdultStay = InferResponseType<LyApi['client']['adult-stays']['$get'], 200>['records'][number]

/** A page of the stays matching the filters: the first with `cursor` null. */
export async function getAdultStays(api: LyApi, filters: StayFilters, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<ListedAdultStay>> {
  const query = { ...listQuery(filters, cursor), ...(filters.status !== 'all' && { status: filters.status }) }
  return readJson(await api.client['adult-stays'].$get({ query }, { init: { signal } }))
}

export const adultStaysQueryOptions = (api: LyApi, filters: StayFilters) =>
  pagedListQueryOptions(residentsKeys.adultList(filters), (cursor, signal) => getAdultStays(api, filters, cursor, signal))

export const useAdultStays = (filters: StayFilters) => useInfiniteQuery(adultStaysQueryOptions(useApi(), filters))
