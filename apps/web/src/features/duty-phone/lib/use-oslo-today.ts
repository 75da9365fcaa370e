import { osloToday } from '@ly/forms'
import { useEffect, useState } from 'react'

/** Today in Europe/Oslo, kept current: a duty screen left open over midnight moves to the new day. */
export function useOsloToday(): string {
  const [today, setToday] = useState(() => osloToday(new Date()))
  useEffect(() => {
    const timer = setInterval(() => setToday(osloToday(new Date())), 60_000)
    return () => clearInterval(timer)
  }, [])
  return today
}
