import { Link, useParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useChildStay } from '@/features/residents/api/get-child-stay'
import { ChildStayEditor } from '@/features/residents/components/child-stay-editor'
import { stayHref } from '@/features/residents/lib/stay-links'
import { ApiError, toDisplayError } from '@/lib/api-error'

export function ChildStayRoute() {
  const { id = '', childId = '' } = useParams()
  const child = useChildStay(childId)
  const gone = child.error instanceof ApiError && child.error.status === 404
  // The editor pins the version it opens with, so it waits for this visit's own fetch.
  if (child.data && child.isFetchedAfterMount && !gone) return <ChildStayEditor key={childId} initial={child.data} adultId={child.data.parentId ?? id} />
  return (
    <>
      <PageHeading>Barnets opphold</PageHeading>
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
