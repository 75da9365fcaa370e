import { lazy, Suspense } from 'react'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'

// A chunk of its own, fetched only when a leader opens the annual form (once a year).
const CentreYearPage = lazy(() => import('@/features/centre-year/components/centre-year-page').then((m) => ({ default: m.CentreYearPage })))

export function CentreYearRoute() {
  return (
    <>
      <PageHeading>Årsskjema</PageHeading>
      <Suspense fallback={<LoadingStatus>Laster årsskjemaet …</LoadingStatus>}>
        <CentreYearPage />
      </Suspense>
    </>
  )
}
