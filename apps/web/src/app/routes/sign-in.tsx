import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Navigate, useLocation } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { clearUserData } from '@/features/auth/api/clear-user-data'
import { useSession } from '@/features/auth/api/get-session'
import { SignInForm } from '@/features/auth/components/sign-in-form'
import { clearAllDrafts } from '@/lib/drafts'
import { paths } from '@/lib/paths'
import { readSignInState } from '../sign-in-state'

export function SignInRoute() {
  const session = useSession()
  const queryClient = useQueryClient()
  const { from, notice } = readSignInState(useLocation().state)

  // Whoever used the screen before may have left answers in the cache or unsaved drafts in the
  // tab (an expired session); none should outlive them (decision 0017).
  useEffect(() => {
    clearUserData(queryClient)
    clearAllDrafts()
  }, [queryClient])

  // Signing in fills the session; this redirect is the one place that sends the user on.
  if (session.data?.status === 'signed-in') return <Navigate to={from ?? paths.home} replace />

  return (
    <main id="hovedinnhold" className="auth-page">
      <div className="auth-card">
        <p className="brand brand-large">Ly</p>
        <PageHeading>Logg inn</PageHeading>
        <SignInForm notice={notice} />
      </div>
    </main>
  )
}
