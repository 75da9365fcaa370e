import type { ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { readRecordFilters, recordFiltersToSearch, type RecordFilters } from '../lib/list-filters'
import { RecordFiltersForm } from './record-filters-form'
import { StatusMessage } from './status-message'
import { useFlashStatus } from './use-flash-status'

interface RecordListPageProps {
  heading: string
  /** The filters' search landmark, e.g. "Filtrer dagbesøk". */
  filterLabel: string
  /** The "Registrer …" link and the path of the new-record page. */
  newRecord?: { label: string; path: string }
  /** Under the heading, e.g. a link back to the screen the list belongs to. */
  intro?: ReactNode
  /** Whether the form has these filters (the duty-phone log has neither). */
  consent?: boolean
  caseCode?: boolean
  /** The list for the filters in the URL. */
  children: (filters: RecordFilters) => ReactNode
}

/**
 * A form's list page: heading, what the previous page left to say ("Besøket er lagret."), the
 * link to register, the filters (kept in the URL) and the list.
 */
export function RecordListPage({ heading, filterLabel, newRecord, intro, consent, caseCode, children }: RecordListPageProps) {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = readRecordFilters(searchParams)
  const [status, setStatus] = useFlashStatus()
  // A new record starts in the offer the list shows, if it shows one.
  const newHref = newRecord && `${newRecord.path}${filters.offer !== 'all' ? `?offer=${filters.offer}` : ''}`
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <StatusMessage message={status} />
      {intro}
      {newRecord && newHref ? (
        <div className="page-actions">
          <Link to={newHref} className="button button-primary">
            {newRecord.label}
          </Link>
        </div>
      ) : null}
      <RecordFiltersForm
        label={filterLabel}
        filters={filters}
        consent={consent}
        caseCode={caseCode}
        onChange={(next) => {
          setStatus(null)
          setSearchParams(recordFiltersToSearch(next), { replace: true })
        }}
      />
      {children(filters)}
    </>
  )
}
