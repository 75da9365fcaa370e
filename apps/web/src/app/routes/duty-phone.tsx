import { Link } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { QuickEntry } from '@/features/duty-phone/components/quick-entry'
import { paths } from '@/lib/paths'

export function DutyPhoneRoute() {
  const { user } = useCurrentSession()
  return (
    <>
      <PageHeading>Vakttelefon</PageHeading>
      <p className="lead">Registrer hver innkommende samtale på vakttelefonen. Ly lagrer ingen opplysninger om den som ringer.</p>
      <p>
        Alle samtaler per år og måned, for å rette eller slette en registrering: <Link to={paths.callLog}>innkomne samtaler</Link>.
      </p>
      {user.role === 'admin' ? (
        <p>
          <Link to={paths.adminCallerCategories}>Endre kategoriene for hvem som ringte</Link>
        </p>
      ) : null}
      <QuickEntry />
    </>
  )
}
