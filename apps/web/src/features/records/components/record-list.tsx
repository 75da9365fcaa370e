import { useEffect, useRef, type ReactNode } from 'react'
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import type { RecordPage } from '../api/record-endpoints'
import type { RecordNouns } from '../lib/record-nouns'
import { ShowMore } from './show-more'
import '../records.css'

interface RecordListProps<R> {
  records: UseInfiniteQueryResult<InfiniteData<RecordPage<R>>>
  /** "Laster dagbesøk …" */
  loadingText: string
  /** "Ingen dagbesøk registrert for valgene over." */
  emptyText: string
  /** For "Viser 50 av 120 besøk" and "Vis flere besøk". */
  nouns: RecordNouns
  /** The table of the records shown so far (at least one); `total` counts all pages. */
  children: (records: R[], total: number) => ReactNode
}

/**
 * A list's states: loading, failed, nothing found, or the table of the pages fetched so far with
 * "Vis flere" under it while more remain. After "Vis flere" focus moves to the first new row's
 * link, so keyboard and screen reader users read on where the new records start.
 */
export function RecordList<R>({ records, loadingText, emptyText, nouns, children }: RecordListProps<R>) {
  const listRef = useRef<HTMLDivElement>(null)
  const focusRow = useRef<number | null>(null)
  const shown = records.data?.pages.flatMap((page) => page.records) ?? []
  const total = records.data?.pages[0]?.total ?? 0

  useEffect(() => {
    const index = focusRow.current
    if (index === null || shown.length <= index) return
    focusRow.current = null
    listRef.current?.querySelectorAll('tbody tr')[index]?.querySelector<HTMLElement>('a')?.focus()
  }, [shown.length])

  if (records.isPending) return <LoadingStatus>{loadingText}</LoadingStatus>
  // A failed next page is said beside its button; the pages already shown stay.
  if (records.isError && !records.isFetchNextPageError) return <FormAlert message={toDisplayError(records.error).message} />
  if (shown.length === 0) return <p className="lead">{emptyText}</p>
  return (
    <div ref={listRef} className="record-list">
      {children(shown, total)}
      {records.hasNextPage ? (
        <ShowMore
          shown={shown.length}
          total={total}
          nouns={nouns}
          loading={records.isFetchingNextPage}
          error={records.isFetchNextPageError ? toDisplayError(records.error).message : null}
          onMore={() => {
            focusRow.current = shown.length
            void records.fetchNextPage()
          }}
        />
      ) : null}
    </div>
  )
}
