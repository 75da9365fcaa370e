import { Link, useParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useAdultStay } from '@/features/residents/api/get-adult-stay'
import { AdultCheckOut } from '@/features/residents/components/adult-check-out'
import { toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'

export function StayCheckOutRoute() {
  const { id = '' } = useParams()
  const stay = useAdultStay(id)
  // The step pins the version it opens with, so it waits for this visit's own fetch.
  if (stay.data && stay.isFetchedAfterMount) return <AdultCheckOut key={id} initial={stay.data} />
  return (
    <>
      <PageHeading>Utflytting</PageHeading>
      {stay.isError ? (
        <>
          <FormAlert message={toDisplayError(stay.error).message} />
          <p>
            <Link to={paths.occupancy}>Til Nå på senteret</Link>
          </p>
        </>
      ) : (
        <LoadingStatus>Laster oppholdet …</LoadingStatus>
      )}
    </>
  )
}
