import { Link } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { paths } from '@/lib/paths'

export function NotFoundRoute() {
  return (
    <>
      <PageHeading>Fant ikke siden</PageHeading>
      <p>Adressen finnes ikke i Ly. Kanskje lenken er gammel eller feilskrevet.</p>
      <p>
        <Link to={paths.home}>Gå til oversikten</Link>
      </p>
    </>
  )
}
