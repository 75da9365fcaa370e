import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

export type AuditPage = InferResponseType<LyApi['client']['audit']['$get'], 200>
export type AuditEvent = AuditPage['events'][number]

/** The filters as the URL holds them; empty strings mean "all". */
export interface AuditFilters {
  user: string
  action: string
  kind: string
  from: string
  to: string
  page: string
}

const KEYS = ['user', 'action', 'kind', 'from', 'to', 'page'] as const

/** The filters in the address; a missing one is "all". */
export const readAuditFilters = (params: URLSearchParams): AuditFilters => Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof KEYS)[number], string>

export const auditKeys = {
  all: ['audit'] as const,
  page: (filters: AuditFilters) => ['audit', filters] as const,
}

export const auditQueryOptions = (api: LyApi, filters: AuditFilters) =>
  queryOptions({
    queryKey: auditKeys.page(filters),
    queryFn: async ({ signal }) => {
      const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''))
      return readJson(await api.client.audit.$get({ query }, { init: { signal } }))
    },
    // The table keeps the previous page while the next one loads, so it does not jump.
    placeholderData: keepPreviousData,
  })

export const useAuditEvents = (filters: AuditFilters) => useQuery(auditQueryOptions(useApi(), filters))
