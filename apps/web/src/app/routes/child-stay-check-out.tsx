import { Link, useParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useChildStay } from '@/features/residents/api/get-child-stay'
import { ChildCheckOut } from '@/features/residents/components/child-check-out'
import { stayHref } from '@/features/residents/lib/stay-links'
import { toDisplayError } from '@/lib/api-error'

export function ChildStayCheckOutRoute() {
  const { id = '', childId = '' } = useParams()
  const child = useChildStay(childId)
  // The step pins the version it opens with, so it waits for this visit's own fetch.
  if (child.data && child.isFetchedAfterMount) return <ChildCheckOut key={childId} initial={child.data} adultId={child.data.parentId ?? id} />
  return (
    <>
      <PageHeading>Utflytting</PageHeading>
      {child.isError ? (
        <>
          <FormAlert message={toDisplayError(child.error).message} />
          <p>
            <Link to={stayHref(id)}>Til den voksnes opphold</Link>
          </p>
        </>
      ) : (
        <LoadingStatus>Laster barnets opphold …</LoadingStatus>
      )}
    </>
  )
}
