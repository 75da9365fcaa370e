import { PageHeading } from '@/components/page-heading'
import { CentreYearPage } from '@/features/centre-year/components/centre-year-page'

export function CentreYearRoute() {
  return (
    <>
      <PageHeading>Årsskjema</PageHeading>
      <CentreYearPage />
    </>
  )
}
