import type { ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { Link } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { ApiError, toDisplayError } from '@/lib/api-error'

interface RecordPageProps<R> {
  record: UseQueryResult<R>
  /** The heading while loading or when the record is not there ("Dagbesøk"). */
  heading: string
  loadingText: string
  list: { href: string; label: string }
  /**
   * Wait for this visit's own fetch rather than show a copy from the cache: the page pins the
   * version it opens with, and takes over answers that may have changed (a child, the adult's).
   */
  fresh?: boolean
  /** The editor, once the record is loaded. */
  children: (record: R) => ReactNode
}

/** One record's page: the editor, or why it cannot be shown (deleted, here or by someone else). */
export function RecordPage<R>({ record, heading, loadingText, list, fresh = false, children }: RecordPageProps<R>) {
  // Deleted (here or by someone else): say so rather than show what is no longer there.
  const gone = record.error instanceof ApiError && record.error.status === 404
  if (record.data !== undefined && !gone && (!fresh || record.isFetchedAfterMount)) return children(record.data)
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      {record.isError ? (
        <>
          <FormAlert message={toDisplayError(record.error).message} />
          <p>
            <Link to={list.href}>{list.label}</Link>
          </p>
        </>
      ) : (
        <LoadingStatus>{loadingText}</LoadingStatus>
      )}
    </>
  )
}
