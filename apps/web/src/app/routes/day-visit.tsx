import { Link, useParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useDayVisit } from '@/features/day-visits/api/get-day-visit'
import { DayVisitEditor } from '@/features/day-visits/components/day-visit-editor'
import { ApiError, toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'

export function DayVisitRoute() {
  const { id = '' } = useParams()
  const visit = useDayVisit(id)
  // Deleted (here or by someone else): say so rather than show what is no longer there.
  const gone = visit.error instanceof ApiError && visit.error.status === 404
  if (visit.data && !gone) return <DayVisitEditor key={id} initial={visit.data} />
  return (
    <>
      <PageHeading>Dagbesøk</PageHeading>
      {visit.isError ? (
        <>
          <FormAlert message={toDisplayError(visit.error).message} />
          <p>
            <Link to={paths.dayVisits}>Til listen over dagbesøk</Link>
          </p>
        </>
      ) : (
        <LoadingStatus>Laster besøket …</LoadingStatus>
      )}
    </>
  )
}
