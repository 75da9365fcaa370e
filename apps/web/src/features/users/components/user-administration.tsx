import { useState } from 'react'
import type { User } from '../api/get-users'
import { CreateUserForm } from './create-user-form'
import type { IssuedPassword } from './issued-password'
import { OneTimePassword } from './one-time-password'
import { UsersTable } from './users-table'

interface UserAdministrationProps {
  currentUserId: string
  onUserChanged: (user: User) => void
}

/** Creating users and resetting passwords both end in the same one-time password panel. */
export function UserAdministration({ currentUserId, onUserChanged }: UserAdministrationProps) {
  const [issued, setIssued] = useState<IssuedPassword | null>(null)
  return (
    <>
      <CreateUserForm onCreated={setIssued} />
      <OneTimePassword issued={issued} onHide={() => setIssued(null)} />
      <UsersTable currentUserId={currentUserId} onPasswordReset={setIssued} onUserChanged={onUserChanged} />
    </>
  )
}
