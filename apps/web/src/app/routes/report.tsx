import { PageHeading } from '@/components/page-heading'
import { ReportPage } from '@/features/report/components/report-page'

// The report is in this page's chunk, fetched only when a leader opens the page — together with
// the report itself (the route's loader, prefetch-report.ts), not before it.
export function ReportRoute() {
  return (
    <>
      <PageHeading>Årsrapport</PageHeading>
      <ReportPage />
    </>
  )
}
