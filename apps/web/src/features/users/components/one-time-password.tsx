import { useEffect, useRef } from 'react'
import type { IssuedPassword } from './issued-password'

/**
 * The one place a one-time password appears. The <output> is always in the page, so screen
 * readers announce a new password as it arrives; it also takes focus, as the admin's next step
 * is to hand the password over.
 */
export function OneTimePassword({ issued, onHide }: { issued: IssuedPassword | null; onHide: () => void }) {
  const outputRef = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    if (issued) outputRef.current?.focus()
  }, [issued])

  return (
    <div className={issued ? 'one-time-password' : undefined}>
      <output ref={outputRef} tabIndex={-1} aria-label="Engangspassord" className="one-time-password-value">
        {issued ? (
          <>
            Engangspassord for {issued.username}: <code>{issued.password}</code>
          </>
        ) : null}
      </output>
      {issued ? (
        <>
          <p>
            Passordet vises bare denne ene gangen. Gi det til {issued.username}, som må bytte det ved første
            innlogging.
          </p>
          <button type="button" className="button" onClick={onHide}>
            Skjul passordet
          </button>
        </>
      ) : null}
    </div>
  )
}
