import { lazy, Suspense } from 'react'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'

// The report is a chunk of its own, fetched only when a leader opens this page.
const ReportPage = lazy(() => import('@/features/report/components/report-page').then((m) => ({ default: m.ReportPage })))

export function ReportRoute() {
  return (
    <>
      <PageHeading>Årsrapport</PageHeading>
      <Suspense fallback={<LoadingStatus>Laster årsrapporten …</LoadingStatus>}>
        <ReportPage />
      </Suspense>
    </>
  )
}
