import '../audit.css'
import { useSearchParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { errorText } from '@/lib/api-error'
import { readAuditFilters, useAuditEvents, type AuditFilters } from '../api/get-audit-events'
import { AuditFiltersForm } from './audit-filters'
import { AuditTable } from './audit-table'

/** The audit view: filters in the address (so a view can be shared and reloaded), a table, pages. */
export function AuditLog() {
  const [params, setParams] = useSearchParams()
  const filters = readAuditFilters(params)
  const audit = useAuditEvents(filters)
  const apply = (next: AuditFilters) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')))

  const page = audit.data?.page ?? 1
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1
  const goTo = (n: number) => apply({ ...filters, page: n === 1 ? '' : String(n) })

  return (
    <>
      {audit.data ? <AuditFiltersForm key={params.toString()} filters={filters} users={audit.data.users} kinds={audit.data.kinds} onChange={apply} /> : null}
      {audit.isPending ? <LoadingStatus /> : null}
      {audit.isError ? <FormAlert message={errorText(audit.error)} /> : null}
      {audit.data ? (
        <div aria-busy={audit.isPlaceholderData}>
          {/* A new filter's rows take a moment: until they come, the old ones stay, said to be old. */}
          <p role="status">
            {audit.isPlaceholderData
              ? 'Oppdaterer …'
              : audit.data.total === 0
                ? 'Ingen hendelser passer filteret.'
                : `${audit.data.total} ${audit.data.total === 1 ? 'hendelse' : 'hendelser'}. Side ${page} av ${pages}.`}
          </p>
          {audit.data.events.length > 0 ? <AuditTable events={audit.data.events} users={audit.data.users} caption="Hendelser, nyeste først" /> : null}
          <nav aria-label="Sider i loggen" className="pager">
            <button type="button" className="button" disabled={page <= 1} onClick={() => goTo(page - 1)}>
              Forrige side
            </button>
            <button type="button" className="button" disabled={page >= pages} onClick={() => goTo(page + 1)}>
              Neste side
            </button>
          </nav>
        </div>
      ) : null}
    </>
  )
}
