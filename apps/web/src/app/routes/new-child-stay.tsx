import { Link, useParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useAdultStay } from '@/features/residents/api/get-adult-stay'
import { NewChildStayForm } from '@/features/residents/components/new-child-stay-form'
import { stayHref } from '@/features/residents/lib/stay-links'
import { toDisplayError } from '@/lib/api-error'

export function NewChildStayRoute() {
  const { id = '' } = useParams()
  const adult = useAdultStay(id)
  return (
    <>
      <PageHeading>Registrer barn</PageHeading>
      {/* Fetched for this visit: the child takes over the adult's current consent and offer. */}
      {adult.data && adult.isFetchedAfterMount ? (
        <NewChildStayForm adult={adult.data} />
      ) : adult.isError ? (
        <>
          <FormAlert message={toDisplayError(adult.error).message} />
          <p>
            <Link to={stayHref(id)}>Til oppholdet</Link>
          </p>
        </>
      ) : (
        <LoadingStatus>Laster den voksnes opphold …</LoadingStatus>
      )}
    </>
  )
}
