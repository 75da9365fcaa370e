import { useEffect, useId, useRef } from 'react'

/**
 * The neutral screen that Esc Esc puts over everything: no data, a title that says nothing, and
 * one button to come back. It is a modal dialog in the accessibility tree, so a screen reader
 * hears where focus went; the page behind it is inert and not rendered.
 */
export function HiddenScreen({ onReturn }: { onReturn: () => void }) {
  const buttonRef = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  useEffect(() => {
    const previousTitle = document.title
    document.title = 'Ly'
    buttonRef.current?.focus()
    return () => {
      document.title = previousTitle
    }
  }, [])
  return (
    <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="hidden-screen">
      <h1 id={titleId} className="visually-hidden">
        Skjermen er skjult
      </h1>
      <button ref={buttonRef} type="button" className="button" onClick={onReturn}>
        Vis skjermen
      </button>
    </div>
  )
}
