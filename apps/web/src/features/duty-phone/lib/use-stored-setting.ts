import { useState } from 'react'

/**
 * A screen setting remembered on this computer (the offer calls go to, shortcuts on or off).
 * Never anything about a caller: these are the duty desk's preferences.
 */
export function useStoredSetting<T extends string>(name: string, allowed: readonly T[], fallback: T) {
  const storageKey = `ly.vakttelefon.${name}`
  const [value, setValue] = useState<T>(() => {
    const stored = readStorage(storageKey)
    return allowed.find((a) => a === stored) ?? fallback
  })
  const store = (next: T) => {
    setValue(next)
    try {
      localStorage.setItem(storageKey, next)
    } catch {
      // Private browsing or full storage: the setting then lasts as long as the page.
    }
  }
  return [value, store] as const
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}
