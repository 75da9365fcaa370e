import { useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { NewPhoneSessionForm } from '@/features/phone-sessions/components/new-phone-session-form'
import { readRecordFilters } from '@/features/records/lib/list-filters'

export function NewPhoneSessionRoute() {
  const [searchParams] = useSearchParams()
  return (
    <>
      <PageHeading>Registrer enesamtale på telefon/video</PageHeading>
      <NewPhoneSessionForm offer={readRecordFilters(searchParams).offer} />
    </>
  )
}
