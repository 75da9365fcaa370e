import { useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { NewStayForm } from '@/features/residents/components/new-stay-form'
import { readStayFilters } from '@/features/residents/lib/list-filters'

export function NewStayRoute() {
  const [searchParams] = useSearchParams()
  return (
    <>
      <PageHeading>Registrer innflytting</PageHeading>
      <NewStayForm offer={readStayFilters(searchParams).offer} />
    </>
  )
}
