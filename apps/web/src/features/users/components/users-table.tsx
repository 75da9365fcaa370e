import { useState } from 'react'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { useUsers, type User } from '../api/get-users'
import type { Feedback } from './feedback'
import type { IssuedPassword } from './issued-password'
import { ResetPasswordDialog } from './reset-password-dialog'
import { UserRow } from './user-row'
import { TableWrap } from '@/components/table-wrap'

interface UsersTableProps {
  currentUserId: string
  onPasswordReset: (issued: IssuedPassword) => void
  /** Told about every changed user, so the page can react when admins change themselves. */
  onUserChanged: (user: User) => void
}

export function UsersTable({ currentUserId, onPasswordReset, onUserChanged }: UsersTableProps) {
  const users = useUsers()
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const [resetting, setResetting] = useState<User | null>(null)

  if (users.isPending) return <LoadingStatus>Laster brukere …</LoadingStatus>
  if (users.isError) return <FormAlert message={toDisplayError(users.error).message} />

  return (
    <>
      {/* Always present, so the outcome of a change is announced as it arrives. */}
      <p role="status" className={feedback?.kind === 'success' ? 'alert alert-success' : 'visually-hidden'}>
        {feedback?.kind === 'success' ? feedback.text : ''}
      </p>
      <FormAlert message={feedback?.kind === 'error' ? feedback.text : null} />
      <TableWrap label="Brukere ved senteret">
        <table>
          <caption>Brukere ved senteret</caption>
          <thead>
            <tr>
              <th scope="col">Brukernavn</th>
              <th scope="col">Rolle</th>
              <th scope="col">Status</th>
              <th scope="col">Handlinger</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <UserRow
                key={user.id}
                user={user}
                isCurrentUser={user.id === currentUserId}
                onFeedback={setFeedback}
                onChanged={onUserChanged}
                onResetPassword={(u) => {
                  setFeedback(null)
                  setResetting(u)
                }}
              />
            ))}
          </tbody>
        </table>
      </TableWrap>
      {resetting ? (
        <ResetPasswordDialog
          key={resetting.id}
          user={resetting}
          onClose={() => setResetting(null)}
          onReset={(issued) => {
            setResetting(null)
            onPasswordReset(issued)
          }}
        />
      ) : null}
    </>
  )
}
