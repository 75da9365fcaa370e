import { useEffect, useRef } from 'react'

/** Two presses of Escape within this many milliseconds hide the screen. */
export const ESCAPE_TWICE_MS = 1000

/** What an Escape closes first: an open dialog, or an open menu that Escape closes (SiteMenu). */
const ESCAPE_CLOSES = 'dialog[open], [data-closes-on-escape][aria-expanded="true"]'

/**
 * Calls `onTwice` when Escape is pressed twice quickly. An Escape that closes an open dialog or
 * menu (or that a widget already handled) does not count, and breaks a pair: closing a dialog
 * and then pressing Escape once must not hide the screen.
 */
export function useEscapeTwice(onTwice: () => void, enabled = true): void {
  const last = useRef<number | null>(null)
  const callback = useRef(onTwice)
  useEffect(() => {
    callback.current = onTwice
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      if (event.defaultPrevented || document.querySelector(ESCAPE_CLOSES)) {
        last.current = null
        return
      }
      const now = Date.now()
      if (last.current !== null && now - last.current <= ESCAPE_TWICE_MS) {
        last.current = null
        callback.current()
      } else {
        last.current = now
      }
    }
    // Capture phase: a dialog's own handling (which closes it) comes after this sees it open.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [enabled])
}
