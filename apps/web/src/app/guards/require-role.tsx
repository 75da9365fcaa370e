import type { ReactNode } from 'react'
import { useCurrentSession } from '@/features/auth/api/get-session'
import type { Role } from '@ly/forms/accounts'
import { ForbiddenRoute } from '../routes/forbidden'

/** Hides a page from other roles. The BFF refuses their requests too; this only explains why. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useCurrentSession()
  return roles.includes(user.role) ? children : <ForbiddenRoute />
}
