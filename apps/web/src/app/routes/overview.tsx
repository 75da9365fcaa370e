import { PageHeading } from '@/components/page-heading'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { roleLabels } from '@ly/forms/accounts'

export function OverviewRoute() {
  const { user } = useCurrentSession()
  return (
    <>
      <PageHeading>Oversikt</PageHeading>
      <p className="lead">
        Velkommen, {user.username}. Du er logget inn med rollen {roleLabels[user.role]} ved {user.centreName}.
      </p>
    </>
  )
}
