import { useEffect, useRef } from 'react'
import { quickKeyOf, type QuickKey } from './shortcuts'

/**
 * Listens for the quick-entry keys on the whole page while `enabled`. The user can turn them off
 * (WCAG 2.1.4: single-character shortcuts must be possible to switch off).
 */
export function useQuickKeys(enabled: boolean, onKey: (key: QuickKey) => void) {
  const handler = useRef(onKey)
  useEffect(() => {
    handler.current = onKey
  })
  useEffect(() => {
    if (!enabled) return
    const listener = (event: KeyboardEvent) => {
      const key = quickKeyOf(event)
      if (!key) return
      event.preventDefault()
      handler.current(key)
    }
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [enabled])
}
