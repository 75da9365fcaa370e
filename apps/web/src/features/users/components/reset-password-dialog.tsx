import { useEffect, useId, useRef } from 'react'
import { FormAlert } from '@/components/form/form-alert'
import { errorText } from '@/lib/api-error'
import type { User } from '../api/get-users'
import { useResetPassword } from '../api/reset-password'
import type { IssuedPassword } from './issued-password'

interface ResetPasswordDialogProps {
  user: User
  onClose: () => void
  onReset: (issued: IssuedPassword) => void
}

/**
 * Confirms a password reset in a native modal dialog: the browser traps focus in it, closes it on
 * Escape and returns focus to the button that opened it.
 */
export function ResetPasswordDialog({ user, onClose, onReset }: ResetPasswordDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const reset = useResetPassword(user.id)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} aria-describedby={descriptionId} onClose={onClose} className="dialog">
      <h2 id={titleId}>Nytt passord for {user.username}?</h2>
      <p id={descriptionId}>
        Det nåværende passordet til {user.username} slutter å virke, og {user.username} blir logget ut. Du får et engangspassord som {user.username} må bytte ved neste innlogging.
      </p>
      <FormAlert message={reset.error ? errorText(reset.error) : null} />
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={reset.isPending || undefined}
          onClick={() => {
            if (reset.isPending) return
            reset.mutate(undefined, {
              onSuccess: ({ user: updated, temporaryPassword }) => onReset({ username: updated.username, password: temporaryPassword }),
            })
          }}
        >
          Lag nytt passord
        </button>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Avbryt
        </button>
      </div>
    </dialog>
  )
}
