import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { FormAlert } from '@/components/form/form-alert'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { useTotpStatus } from '@/features/totp/api/totp'
import { TotpEnrolmentPanel } from '@/features/totp/components/totp-enrolment'
import { errorText } from '@/lib/api-error'

export function TotpRoute() {
  const { user } = useCurrentSession()
  const status = useTotpStatus()
  return (
    <div className="narrow">
      <PageHeading>Tofaktor-innlogging</PageHeading>
      {user.mustEnrolTotp ? (
        <p className="lead">Senteret krever tofaktor-innlogging for ledere og administratorer. Sett det opp før du fortsetter.</p>
      ) : (
        <p className="lead">Med tofaktor-innlogging trengs både passordet og en engangskode fra telefonen din for å logge inn.</p>
      )}
      {status.isPending ? <LoadingStatus /> : null}
      {status.isError ? <FormAlert message={errorText(status.error)} /> : null}
      {status.data?.enabled ? (
        <div role="status" className="alert alert-success">
          Tofaktor-innlogging er slått på. Har du byttet telefon, kan en administrator nullstille den.
        </div>
      ) : null}
      {status.data && !status.data.enabled ? <TotpEnrolmentPanel /> : null}
    </div>
  )
}
