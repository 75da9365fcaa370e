import { useEffect, useRef } from 'react'

export interface IssuedToken {
  label: string
  token: string
}

/**
 * The one place a feed token appears: only its hash is kept, so it cannot be shown again. The
 * <output> is always in the page, so a new token is announced, and it takes focus: the
 * administrator's next step is to copy it.
 */
export function IssuedTokenNotice({ issued, onHide }: { issued: IssuedToken | null; onHide: () => void }) {
  const outputRef = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    if (issued) outputRef.current?.focus()
  }, [issued])
  return (
    <div className={issued ? 'one-time-password' : undefined}>
      <output ref={outputRef} tabIndex={-1} aria-label="Ny tilgangsnøkkel" className="one-time-password-value">
        {issued ? (
          <>
            Tilgangsnøkkel for {issued.label}: <code className="feed-token">{issued.token}</code>
          </>
        ) : null}
      </output>
      {issued ? (
        <>
          <p>Nøkkelen vises bare denne ene gangen. Kopier den nå og gi den til mottakeren på en trygg måte. Mister dere den, trekker dere den tilbake og lager en ny.</p>
          <button type="button" className="button" onClick={onHide}>
            Skjul nøkkelen
          </button>
        </>
      ) : null}
    </div>
  )
}
