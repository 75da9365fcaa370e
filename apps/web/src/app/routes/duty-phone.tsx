import { Link } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { StatusMessage } from '@/features/records/components/status-message'
import { useFlashStatus } from '@/features/records/components/use-flash-status'
import { QuickEntry } from '@/features/duty-phone/components/quick-entry'
import { RegisterTurnedAwayLinks } from '@/features/turned-away/components/register-turned-away-links'
import { paths } from '@/lib/paths'

export function DutyPhoneRoute() {
  const { user } = useCurrentSession()
  // «Henvendelsen er lagret.» after a turned-away request registered from here.
  const [status] = useFlashStatus()
  return (
    <>
      <PageHeading>Vakttelefon</PageHeading>
      <StatusMessage message={status} />
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
      <section aria-labelledby="avvist">
        <h2 id="avvist">Ba om plass, men fikk ikke</h2>
        <p>
          Kunne senteret ikke gi et botilbud? Registrer det uten opplysninger om personen. Se alle under <Link to={paths.turnedAway}>avviste henvendelser</Link>.
        </p>
        <div className="page-actions">
          <RegisterTurnedAwayLinks />
        </div>
      </section>
    </>
  )
}
