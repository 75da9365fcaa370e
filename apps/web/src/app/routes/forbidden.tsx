import { Link } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { paths } from '@/lib/paths'

export function ForbiddenRoute() {
  return (
    <>
      <PageHeading>Ingen tilgang</PageHeading>
      <p>Du har ikke tilgang til denne siden med rollen din. Spør en administrator ved senteret hvis du trenger den.</p>
      <p>
        <Link to={paths.home}>Gå til oversikten</Link>
      </p>
    </>
  )
}
