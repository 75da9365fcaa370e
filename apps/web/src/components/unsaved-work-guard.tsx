import { useEffect, useRef, useSyncExternalStore } from 'react'
import { useBlocker } from 'react-router'
import { discardUnsaved, hasUnsavedWork, subscribeUnsaved } from '@/lib/drafts'
import { ConfirmDialog } from './confirm-dialog'

/**
 * Asks before unsaved answers are left (decision 0017): a link or Back inside Ly opens a dialog
 * (react-router's blocker); closing or reloading the tab gets the browser's own question
 * (`beforeunload`). One guard for the whole signed-in app, however many forms a page holds.
 */
export function UnsavedWorkGuard() {
  const unsaved = useSyncExternalStore(subscribeUnsaved, hasUnsavedWork)
  // A change of the search only (a list's filter) or of nothing leaves no form.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => hasUnsavedWork() && currentLocation.pathname !== nextLocation.pathname)
  const leaving = useRef(false)

  useEffect(() => {
    if (!unsaved) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers need a value set to ask.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [unsaved])

  if (blocker.state !== 'blocked') return null
  return (
    <ConfirmDialog
      title="Forlate skjemaet uten å lagre?"
      confirmLabel="Forlat uten å lagre"
      cancelLabel="Bli på siden"
      onConfirm={() => {
        leaving.current = true
        discardUnsaved()
        blocker.proceed()
        return Promise.resolve()
      }}
      onClose={() => {
        if (!leaving.current) blocker.reset()
        leaving.current = false
      }}
    >
      <p>Svarene du har skrevet er ikke lagret. Forlater du siden, blir de borte.</p>
    </ConfirmDialog>
  )
}
