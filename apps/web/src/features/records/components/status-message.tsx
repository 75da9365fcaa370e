import { useEffect, useRef } from 'react'

/**
 * A polite live region for the outcome of an action ("Besøket er lagret."). The text is put
 * in after the region is in the page — a region that arrives with its text, as on a new page,
 * is not reliably announced. React renders no children here, so writing them is safe.
 */
export function StatusMessage({ message }: { message: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.textContent = message ?? ''
  }, [message])
  return <p ref={ref} role="status" className="alert alert-success status-message" />
}
