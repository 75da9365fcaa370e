import { PageHeading } from '@/components/page-heading'
import { Dashboard } from '@/features/statistics/components/dashboard'

// The dashboard and its charts are in this page's chunk, fetched only when a leader opens the
// page — together with its figures (the route's loader, prefetch-dashboard.ts), not before them.
export function StatisticsRoute() {
  return (
    <>
      <PageHeading>Statistikk</PageHeading>
      <Dashboard />
    </>
  )
}
