import type { ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'

interface RecordListProps<R> {
  records: UseQueryResult<R[]>
  /** "Laster dagbesøk …" */
  loadingText: string
  /** "Ingen dagbesøk registrert for valgene over." */
  emptyText: string
  /** The table of the records found (at least one). */
  children: (records: R[]) => ReactNode
}

/** A list's states: loading, failed, nothing found, or the table. */
export function RecordList<R>({ records, loadingText, emptyText, children }: RecordListProps<R>) {
  if (records.isPending) return <LoadingStatus>{loadingText}</LoadingStatus>
  if (records.isError) return <FormAlert message={toDisplayError(records.error).message} />
  if (records.data.length === 0) return <p className="lead">{emptyText}</p>
  return children(records.data)
}
