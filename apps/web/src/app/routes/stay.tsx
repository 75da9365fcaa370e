import { Link, useParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useAdultStay } from '@/features/residents/api/get-adult-stay'
import { AdultStayEditor } from '@/features/residents/components/adult-stay-editor'
import { ApiError, toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'

export function StayRoute() {
  const { id = '' } = useParams()
  const stay = useAdultStay(id)
  // Deleted (here or by someone else): say so rather than show what is no longer there.
  const gone = stay.error instanceof ApiError && stay.error.status === 404
  // The editor pins the version it opens with, so it waits for this visit's own fetch.
  if (stay.data && stay.isFetchedAfterMount && !gone) return <AdultStayEditor key={id} initial={stay.data} />
  return (
    <>
      <PageHeading>Opphold</PageHeading>
      {stay.isError ? (
        <>
          <FormAlert message={toDisplayError(stay.error).message} />
          <p>
            <Link to={paths.stays}>Til listen over opphold</Link>
          </p>
        </>
      ) : (
        <LoadingStatus>Laster oppholdet …</LoadingStatus>
      )}
    </>
  )
}
