import '../capacity.css'
import { useState } from 'react'
import { TextField } from '@/components/form/text-field'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { errorText, toDisplayError } from '@/lib/api-error'
import { useCreateFeedToken, useFeedTokens, useRevokeFeedToken } from '../api/feed-tokens'
import { FeedTokenTable } from './feed-token-table'
import { IssuedTokenNotice, type IssuedToken } from './issued-token'

/**
 * The administrator's access tokens for the read-only feed of free places (GET /api/capacity):
 * make one (shown once), see when each was last used, revoke one.
 */
export function FeedTokenAdmin() {
  const tokens = useFeedTokens()
  const create = useCreateFeedToken()
  const revoke = useRevokeFeedToken()
  const [label, setLabel] = useState('')
  const [labelError, setLabelError] = useState<string>()
  const [issued, setIssued] = useState<IssuedToken | null>(null)
  const [feedback, setFeedback] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  return (
    <>
      <section aria-labelledby="ny-tilgang" className="panel">
        <h2 id="ny-tilgang">Ny tilgangsnøkkel</h2>
        <form
          noValidate
          className="form"
          onSubmit={(event) => {
            event.preventDefault()
            if (create.isPending) return
            setLabelError(undefined)
            setFeedback(null)
            create.mutate(label, {
              onSuccess: ({ token }) => {
                setIssued({ label: label.trim(), token })
                setLabel('')
              },
              onError: (error) => setLabelError(errorText(error)),
            })
          }}
        >
          <TextField
            label="Hvem skal bruke nøkkelen?"
            description="En tjeneste, f.eks. «Politiets operasjonssentral». Aldri navnet på en person."
            error={labelError}
            inputProps={{ value: label, maxLength: 60, onChange: (e) => setLabel(e.target.value), autoComplete: 'off' }}
          />
          <button type="submit" className="button button-primary" aria-disabled={create.isPending || undefined}>
            Lag tilgangsnøkkel
          </button>
        </form>
        <IssuedTokenNotice issued={issued} onHide={() => setIssued(null)} />
      </section>
      <p role="status" className={feedback?.kind === 'error' ? 'alert alert-error' : feedback ? 'alert alert-success' : undefined}>
        {feedback?.text}
      </p>
      {tokens.isPending ? (
        <LoadingStatus />
      ) : tokens.isError ? (
        <FormAlert message={toDisplayError(tokens.error).message} />
      ) : (
        <FeedTokenTable
          tokens={tokens.data}
          onRevoke={(token) =>
            revoke.mutateAsync(token.id).then(
              () => setFeedback({ kind: 'success', text: `«${token.label}» er trukket tilbake og virker ikke lenger.` }),
              (error: unknown) => setFeedback({ kind: 'error', text: errorText(error) }),
            )
          }
        />
      )}
    </>
  )
}
