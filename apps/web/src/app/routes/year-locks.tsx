import { PageHeading } from '@/components/page-heading'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { YearLockPanel } from '@/features/year-locks/components/year-lock-panel'

export function YearLocksRoute() {
  const { user } = useCurrentSession()
  return (
    <>
      <PageHeading>Årslås</PageHeading>
      <p className="lead">Når årsrapporten er ferdig, låser en leder året. Da kan ingen registreringer fra året endres før en leder åpner det igjen, med en begrunnelse.</p>
      <YearLockPanel canChange={user.role === 'leader'} />
    </>
  )
}
