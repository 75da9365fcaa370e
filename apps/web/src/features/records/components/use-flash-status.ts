import { useEffect, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { readFlash } from '../lib/flash'

/**
 * The status message the previous page left (see flashState), said once: the history entry
 * is replaced without it, so a reload or Back does not repeat "Besøket er lagret.".
 */
export function useFlashStatus(): [string | null, (message: string | null) => void] {
  const location = useLocation()
  const navigate = useNavigate()
  const [message, setMessage] = useState(() => readFlash(location.state))
  const carriesFlash = readFlash(location.state) !== null
  useEffect(() => {
    if (carriesFlash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null })
  }, [carriesFlash, navigate, location.pathname, location.search])
  return [message, setMessage]
}
