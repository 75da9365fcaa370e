import { useEffect, useRef } from 'react'

interface ConflictAlertProps {
  /** The server's explanation (409): someone else changed the record since it was opened. */
  message: string
  onReload: () => void
  reloading: boolean
}

/**
 * Shown instead of overwriting a record someone else has changed: nothing is saved until the
 * user has loaded the current version (losing their unsaved changes, which the message says).
 */
export function ConflictAlert({ message, onReload, reloading }: ConflictAlertProps) {
  const buttonRef = useRef<HTMLButtonElement>(null)
  // Reloading is the only way on, so the button takes focus; the alert itself is announced.
  useEffect(() => buttonRef.current?.focus(), [])
  return (
    <div role="alert" className="alert alert-error">
      <p>{message}</p>
      <button ref={buttonRef} type="button" className="button" aria-disabled={reloading || undefined} onClick={() => !reloading && onReload()}>
        Last inn på nytt
      </button>
    </div>
  )
}
