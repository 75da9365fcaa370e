import { useEffect, useRef, type ReactNode } from 'react'

interface ShownOnceProps<T> {
  /** The output's name («Engangspassord», «Ny tilgangsnøkkel»). */
  label: string
  /** What was issued, or null while nothing is shown; a new one takes focus again. */
  issued: T | null
  /** The secret's line. */
  secret: (issued: T) => ReactNode
  /** What to do with it, said once beneath it. */
  advice: (issued: T) => ReactNode
  hideLabel: string
  onHide: () => void
}

/**
 * The one place a secret Ly keeps only as a hash appears (a one-time password, a feed token).
 * The <output> is always in the page, so screen readers announce a new secret as it arrives; it
 * also takes focus, as the administrator's next step is to copy it or hand it over.
 */
export function ShownOnce<T>({ label, issued, secret, advice, hideLabel, onHide }: ShownOnceProps<T>) {
  const outputRef = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    if (issued) outputRef.current?.focus()
  }, [issued])
  return (
    <div className={issued ? 'one-time-password' : undefined}>
      <output ref={outputRef} tabIndex={-1} aria-label={label} className="one-time-password-value">
        {issued ? secret(issued) : null}
      </output>
      {issued ? (
        <>
          <p>{advice(issued)}</p>
          <button type="button" className="button" onClick={onHide}>
            {hideLabel}
          </button>
        </>
      ) : null}
    </div>
  )
}
