import { useNavigate } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { ChangePasswordForm } from '@/features/auth/components/change-password-form'
import { paths } from '@/lib/paths'

export function ChangePasswordRoute() {
  const { user } = useCurrentSession()
  const navigate = useNavigate()
  return (
    <div className="narrow">
      <PageHeading>Bytt passord</PageHeading>
      {user.mustChangePassword ? <p className="lead">Du har logget inn med et engangspassord. Velg et nytt passord som bare du kjenner før du fortsetter.</p> : null}
      <ChangePasswordForm onChanged={() => void navigate(paths.home, { replace: true })} />
    </div>
  )
}
