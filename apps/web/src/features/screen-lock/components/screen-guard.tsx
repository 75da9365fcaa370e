import '../screen-lock.css'
import { createContext, use, useCallback, useRef, useState, type ReactNode } from 'react'
import { UnsavedWorkGuard } from '@/components/unsaved-work-guard'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { useLockScreen } from '../api/lock-screen'
import { useEscapeTwice } from '../lib/use-escape-twice'
import { useIdleTimer } from '../lib/use-idle-timer'
import { HiddenScreen } from './hidden-screen'

const HideScreenContext = createContext<() => void>(() => {})

/** Hides the screen (for the header's button); the same as pressing Escape twice. */
export const useHideScreen = () => use(HideScreenContext)

/**
 * For staff working near residents: Escape twice hides the screen at once behind a neutral page,
 * and after the centre's idle time the screen locks and needs the password. While hidden the
 * page stays mounted (a half-filled form survives) but is not rendered and is inert.
 */
export function ScreenGuard({ children }: { children: ReactNode }) {
  const { idleLockMinutes } = useCurrentSession()
  const lock = useLockScreen()
  const [hidden, setHidden] = useState(false)
  const returnFocus = useRef<HTMLElement | null>(null)

  const hide = useCallback(() => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setHidden(true)
  }, [])
  const show = () => {
    setHidden(false)
    // After the page is shown again; a hidden element cannot take focus.
    requestAnimationFrame(() => returnFocus.current?.focus())
  }

  useEscapeTwice(hide, !hidden)
  useIdleTimer(idleLockMinutes, () => lock.mutate())

  return (
    <HideScreenContext value={hide}>
      <div hidden={hidden} inert={hidden} className="screen-guard">
        {children}
      </div>
      {hidden ? <HiddenScreen onReturn={show} /> : null}
      <UnsavedWorkGuard />
    </HideScreenContext>
  )
}
