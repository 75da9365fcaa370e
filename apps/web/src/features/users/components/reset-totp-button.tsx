import { useState } from 'react'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { errorText } from '@/lib/api-error'
import type { User } from '../api/get-users'
import { useResetTotp } from '../api/reset-totp'
import type { Feedback } from './feedback'

/** "Nullstill tofaktor" for a user who has it, confirmed in a dialog. */
export function ResetTotpButton({ user, onFeedback }: { user: User; onFeedback: (feedback: Feedback | null) => void }) {
  const [confirming, setConfirming] = useState(false)
  const reset = useResetTotp(user.id)
  if (!user.totpEnabled) return null
  return (
    <>
      <button type="button" className="button button-small" aria-label={`Nullstill tofaktor for ${user.username}`} onClick={() => setConfirming(true)}>
        Nullstill tofaktor
      </button>
      {confirming ? (
        <ConfirmDialog
          title={`Nullstille tofaktor for ${user.username}?`}
          confirmLabel="Nullstill"
          onConfirm={async () => {
            onFeedback(null)
            await reset.mutateAsync().then(
              () => onFeedback({ kind: 'success', text: `Tofaktor for ${user.username} er nullstilt.` }),
              (error: unknown) => onFeedback({ kind: 'error', text: errorText(error) }),
            )
          }}
          onClose={() => setConfirming(false)}
        >
          <p>{user.username} logger inn med bare passordet til tofaktor er satt opp igjen (det kreves ved neste innlogging hvis senteret krever det).</p>
        </ConfirmDialog>
      ) : null}
    </>
  )
}
