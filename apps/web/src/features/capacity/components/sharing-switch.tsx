import { useState } from 'react'
import { errorText } from '@/lib/api-error'
import { useSetSharing } from '../api/free-places'

/**
 * The leader's choice to share the centre's free places with the other centres in this Ly (and
 * the feed). Saved at once; the status line says what now holds.
 */
export function SharingSwitch({ sharing }: { sharing: boolean }) {
  const set = useSetSharing()
  const [feedback, setFeedback] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  return (
    <div className="sharing-switch">
      <p>
        {sharing
          ? 'Senteret deler nå antall ledige plasser per tilbud med de andre sentrene som deler. Ingenting annet deles.'
          : 'Senteret deler ikke ledige plasser. Deler dere, ser dere også de andre sentrene som deler.'}
      </p>
      <button
        type="button"
        className="button"
        aria-disabled={set.isPending || undefined}
        onClick={() => {
          if (set.isPending) return
          setFeedback(null)
          set.mutate(!sharing, {
            onSuccess: ({ sharing: now }) => setFeedback({ kind: 'success', text: now ? 'Senteret deler nå ledige plasser.' : 'Senteret deler ikke lenger ledige plasser.' }),
            onError: (error) => setFeedback({ kind: 'error', text: errorText(error) }),
          })
        }}
      >
        {sharing ? 'Slutt å dele ledige plasser' : 'Del ledige plasser'}
      </button>
      <p role="status" className={feedback?.kind === 'error' ? 'alert alert-error' : feedback ? 'alert alert-success' : undefined}>
        {feedback?.text}
      </p>
    </div>
  )
}
