import { Navigate, Outlet, useLocation } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useSession } from '@/features/auth/api/get-session'
import { LockScreen } from '@/features/screen-lock/components/lock-screen'
import { toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import type { SignInState } from '../sign-in-state'

/**
 * Every page but /logg-inn is behind this: without a session the user goes to sign in (and
 * comes back here after); with a one-time password only /bytt-passord opens, and when the centre
 * requires two-factor sign-in and the user has none, only /tofaktor. A locked screen shows the
 * lock screen instead of everything else.
 */
export function RequireSession() {
  const session = useSession()
  const location = useLocation()

  if (!session.data) {
    if (session.isError) {
      return (
        <main id="hovedinnhold" className="auth-page">
          <div className="auth-card">
            <PageHeading>Ly svarer ikke</PageHeading>
            <FormAlert message={toDisplayError(session.error).message} />
            <button type="button" className="button button-primary" onClick={() => void session.refetch()}>
              Prøv igjen
            </button>
          </div>
        </main>
      )
    }
    return <LoadingStatus />
  }

  if (session.data.status === 'signed-out') {
    const state: SignInState = session.data.voluntary ? {} : { from: location.pathname + location.search, ...(session.data.notice && { notice: session.data.notice }) }
    return <Navigate to={paths.signIn} replace state={state} />
  }

  if (session.data.session.locked) return <LockScreen />
  if (session.data.session.user.mustChangePassword && location.pathname !== paths.changePassword) {
    return <Navigate to={paths.changePassword} replace />
  }
  if (session.data.session.user.mustEnrolTotp && !session.data.session.user.mustChangePassword && location.pathname !== paths.totp) {
    return <Navigate to={paths.totp} replace />
  }
  return <Outlet />
}
