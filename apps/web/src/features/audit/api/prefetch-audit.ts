import type { Prefetch } from '@/lib/route-deps'
import { auditQueryOptions, readAuditFilters } from './get-audit-events'

/** The log's first page for the filters in the address, while the page's code downloads. */
export const prefetchAudit: Prefetch = ({ api, queryClient }, url) => queryClient.prefetchQuery(auditQueryOptions(api, readAuditFilters(url.searchParams)))
