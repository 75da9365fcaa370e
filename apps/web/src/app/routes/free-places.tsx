import { PageHeading } from '@/components/page-heading'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { FreePlaces } from '@/features/capacity/components/free-places'

export function FreePlacesRoute() {
  const { user } = useCurrentSession()
  return (
    <>
      <PageHeading>Ledige plasser</PageHeading>
      <p className="lead">Antall ledige plasser nå, oppdatert ved hver innflytting og utflytting. Bare tallene deles, aldri noe om beboerne.</p>
      <FreePlaces role={user.role} />
    </>
  )
}
