import { lazy, Suspense } from 'react'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'

// The dashboard and its charts are a chunk of their own ("dashboard-….js"), fetched only when a
// leader opens this page: the registration screens never load it.
const Dashboard = lazy(() => import('@/features/statistics/components/dashboard').then((m) => ({ default: m.Dashboard })))

export function StatisticsRoute() {
  return (
    <>
      <PageHeading>Statistikk</PageHeading>
      <Suspense fallback={<LoadingStatus>Laster statistikken …</LoadingStatus>}>
        <Dashboard />
      </Suspense>
    </>
  )
}
