import { useId } from 'react'
import { errorText } from '@/lib/api-error'
import { roleLabels, roles, type Role } from '@ly/forms/accounts'
import type { User } from '../api/get-users'
import { useUpdateUser } from '../api/update-user'
import type { Feedback } from './feedback'
import { ResetTotpButton } from './reset-totp-button'

interface UserRowProps {
  user: User
  isCurrentUser: boolean
  onFeedback: (feedback: Feedback | null) => void
  onChanged: (user: User) => void
  onResetPassword: (user: User) => void
}

const statusText = (user: User) =>
  [user.active ? 'Aktiv' : 'Deaktivert', user.mustChangePassword ? 'må bytte passord' : null, user.totpEnabled ? 'tofaktor på' : null].filter(Boolean).join(', ')

export function UserRow({ user, isCurrentUser, onFeedback, onChanged, onResetPassword }: UserRowProps) {
  const roleId = useId()
  const update = useUpdateUser(user.id)
  // While a change is on its way the select shows what was chosen; if it fails, the server's role.
  const shownRole = update.isPending && update.variables.role ? update.variables.role : user.role

  const change = (changes: { role?: Role; active?: boolean }, done: (user: User) => string) => {
    onFeedback(null)
    update.mutate(changes, {
      onSuccess: (updated) => {
        onFeedback({ kind: 'success', text: done(updated) })
        onChanged(updated)
      },
      onError: (error) => onFeedback({ kind: 'error', text: errorText(error) }),
    })
  }

  return (
    <tr>
      <th scope="row">
        {user.username}
        {isCurrentUser ? (
          <>
            {' '}
            <span className="muted">(deg)</span>
          </>
        ) : null}
      </th>
      <td>
        <label htmlFor={roleId} className="visually-hidden">
          Rolle for {user.username}
        </label>
        <select
          id={roleId}
          value={shownRole}
          onChange={(e) => {
            const role = roles.find((r) => r === e.target.value)
            if (role) change({ role }, (u) => `Rollen til ${u.username} er nå ${roleLabels[u.role]}.`)
          }}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </td>
      <td>{statusText(user)}</td>
      <td>
        <div className="row-actions">
          {/* The row shows whose buttons these are; a screen reader hears it in the name. */}
          <button
            type="button"
            className="button button-small"
            aria-label={`${user.active ? 'Deaktiver' : 'Aktiver'} ${user.username}`}
            onClick={() => change({ active: !user.active }, (u) => (u.active ? `${u.username} er aktivert igjen.` : `${u.username} er deaktivert og logget ut.`))}
          >
            {user.active ? 'Deaktiver' : 'Aktiver'}
          </button>
          <button type="button" className="button button-small" aria-label={`Nytt passord for ${user.username}`} onClick={() => onResetPassword(user)}>
            Nytt passord
          </button>
          <ResetTotpButton user={user} onFeedback={onFeedback} />
        </div>
      </td>
    </tr>
  )
}
