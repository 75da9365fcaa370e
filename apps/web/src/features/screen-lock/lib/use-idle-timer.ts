import { useEffect, useRef } from 'react'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const

/**
 * Calls `onIdle` once after `minutes` without keyboard, pointer or scroll activity in the window.
 * One timer, checked against the time of the last activity, so constant mouse movement costs no
 * timer churn.
 */
export function useIdleTimer(minutes: number, onIdle: () => void, enabled = true): void {
  const callback = useRef(onIdle)
  useEffect(() => {
    callback.current = onIdle
  })
  useEffect(() => {
    if (!enabled) return
    const limit = minutes * 60_000
    let lastActivity = Date.now()
    let timer: ReturnType<typeof setTimeout>
    const check = () => {
      const idle = Date.now() - lastActivity
      if (idle >= limit) callback.current()
      else timer = setTimeout(check, limit - idle)
    }
    const onActivity = () => {
      lastActivity = Date.now()
    }
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true })
    timer = setTimeout(check, limit)
    return () => {
      clearTimeout(timer)
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true })
    }
  }, [minutes, enabled])
}
